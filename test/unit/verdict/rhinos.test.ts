/**
 * The birth of a rhino calf at a zoo: the zoo's press release (HTML) and a keeper's interview (Markdown, Q: and A: lines).
 * The sources are written for these tests (from a helper's draft); the zoo, the animals and the people are invented.
 */
import { describe, test } from 'node:test';
import { expectVerdictWith, workspaceIndex } from './sources';
import { withProductWordVectors } from './productVectors';

const RELEASE = `<!DOCTYPE html>
<html lang="en-GB">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>Critically endangered eastern black rhino calf born at Hollinsford Zoo | News | Hollinsford Zoo</title>
  <meta name="description" content="Hollinsford Zoo welcomes its first ever rhino calf, a male eastern black rhino born on Saturday 8 March 2025.">
  <meta property="article:published_time" content="2025-03-11T09:00:00+00:00">
  <link rel="stylesheet" href="/assets/css/site.css">
  <script src="/assets/js/analytics.js" defer></script>
</head>
<body>
  <a class="skip-link" href="#main">Skip to main content</a>
  <header class="site-header">
    <a class="logo" href="/"><img src="/assets/img/hollinsford-zoo-logo.svg" alt="Hollinsford Zoo"></a>
    <nav class="main-nav" aria-label="Main">
      <ul>
        <li><a href="/visit">Plan your visit</a></li>
        <li><a href="/animals">Our animals</a></li>
        <li><a href="/conservation">Conservation</a></li>
        <li><a href="/education">Schools &amp; learning</a></li>
        <li><a href="/support-us">Support us</a></li>
        <li><a href="/news" aria-current="page">News</a></li>
        <li><a href="/tickets" class="button">Buy tickets</a></li>
      </ul>
    </nav>
  </header>

  <main id="main">
    <nav class="breadcrumb" aria-label="Breadcrumb">
      <a href="/">Home</a> › <a href="/news">News</a> › <a href="/news/press-releases">Press releases</a>
    </nav>

    <article class="press-release">
      <p class="embargo">FOR IMMEDIATE RELEASE</p>
      <h1>Critically endangered eastern black rhino calf born at Hollinsford Zoo</h1>
      <p class="dateline"><time datetime="2025-03-11">Tuesday 11 March 2025</time></p>

      <p class="standfirst"><strong>Hollinsford Zoo is celebrating the birth of a male eastern black rhino calf, the first rhino ever born at the zoo in its 62-year history.</strong></p>

      <p>The calf was born in the early hours of Saturday 8 March 2025, at 4.40am, to 14-year-old mother Kesi and 19-year-old father Baraka, after a pregnancy lasting 467 days. Keepers watching on the overnight CCTV saw the calf take its first steps within an hour of birth, and it was suckling from its mother within three hours.</p>

      <p>The calf has not yet been weighed, but the zoo's veterinary team estimates that he weighs around 35 kilograms. He was given his first health check by vets on Monday 10 March and was declared fit and well.</p>

      <h2>A boost for a species on the brink</h2>

      <p>The eastern black rhino (<em>Diceros bicornis michaeli</em>) is listed as Critically Endangered on the IUCN Red List. An estimated 1,100 remain in the wild, almost all of them in Kenya and Tanzania. Black rhino numbers fell by 96 per cent between 1970 and 1995, largely because of poaching for their horn, although the population has risen slowly since then thanks to intensive protection.</p>

      <p>Dr Fiona Adebayo-Clarke, Chief Executive of Hollinsford Zoo, said: "This is a moment sixty-two years in the making. Every eastern black rhino born in a zoo is an insurance policy for a species that has been pushed to the very edge, and we are incredibly proud of Kesi and of the team who have cared for her."</p>

      <p>Dr Priya Nandakumar, Head of Veterinary Services, said: "Kesi is an experienced and attentive mother, and the calf is strong, alert and feeding well. We will keep disturbance to an absolute minimum over the coming weeks so that the two of them can bond."</p>

      <p>The birth is part of the European Endangered Species Programme (EEP) for the eastern black rhino, coordinated by the European Association of Zoos and Aquaria, which manages a population of 105 animals across 28 zoos. Kesi arrived at Hollinsford from Zoo Lindenbrück in Germany in 2020, where she had given birth to her first calf, Amani, in 2019. Baraka came to Hollinsford from Wexcombe Safari Park in 2018 on the recommendation of the programme's coordinator.</p>

      <h2>Rhino Ridge</h2>

      <p>The family lives at Rhino Ridge, the zoo's £1.2 million rhino habitat, which opened in April 2022. It includes a 2.5-hectare paddock, a wallow and heated indoor stalls with sand floors kept at 22°C.</p>

      <p>Marcus Threlfall, Head of Animal Care, said: "Rhino Ridge was designed with breeding in mind, with a separate maternity stall and cameras in every den, and this calf is the proof that it works."</p>

      <h2>Visiting and naming the calf</h2>

      <p>The Rhino Ridge indoor viewing area will remain closed to visitors until Saturday 22 March to give mother and calf time to settle. Visitors may still see Baraka in the neighbouring paddock.</p>

      <p>Supporters can help choose the calf's name in a public vote. Keepers have shortlisted three Swahili names: Jabali, meaning "rock"; Zuri, meaning "beautiful"; and Imara, meaning "strong". Voting costs £2 per vote and closes at midnight on Wednesday 30 April. All proceeds will go to the Ngulia Rhino Trust in Kenya, which Hollinsford Zoo has supported with £45,000 a year since 2015.</p>

      <section class="notes-to-editors">
        <h2>Notes to editors</h2>
        <ul>
          <li>Hollinsford Zoo was founded in 1963 and covers 48 acres. It is home to more than 160 species and welcomed 410,000 visitors in 2024.</li>
          <li>Hollinsford Zoological Society is a registered charity (no. 1048213).</li>
          <li>Images and video of the calf are available on request. Please credit: Hollinsford Zoo / Ellis Marsh.</li>
          <li>Media contact: Hannah Okoro, Communications Manager, press@hollinsfordzoo.org.uk, 01632 960418.</li>
        </ul>
      </section>

      <p class="share">Share this story:
        <a href="https://twitter.com/intent/tweet?url=https://www.hollinsfordzoo.org.uk/news/rhino-calf">X</a> ·
        <a href="https://www.facebook.com/sharer/sharer.php?u=https://www.hollinsfordzoo.org.uk/news/rhino-calf">Facebook</a>
      </p>
    </article>

    <aside class="related">
      <h2>Related news</h2>
      <ul>
        <li><a href="/news/rhino-ridge-opens">Rhino Ridge opens its doors</a></li>
        <li><a href="/news/red-panda-twins">Red panda twins make their debut</a></li>
      </ul>
    </aside>
  </main>

  <footer class="site-footer">
    <div class="footer-cols">
      <div>
        <h3>Hollinsford Zoo</h3>
        <p>Moorside Lane, Hollinsford, HF4 7RZ</p>
        <p>Open every day except 25 December, 10am–5pm (last entry 4pm)</p>
      </div>
      <div>
        <h3>Quick links</h3>
        <ul>
          <li><a href="/accessibility">Accessibility</a></li>
          <li><a href="/privacy">Privacy policy</a></li>
          <li><a href="/jobs">Jobs</a></li>
          <li><a href="/contact">Contact us</a></li>
        </ul>
      </div>
    </div>
    <p class="legal">© 2025 Hollinsford Zoological Society. Registered charity no. 1048213. Registered in England and Wales, company no. 03317752.</p>
  </footer>
</body>
</html>
`;

const INTERVIEW = `# Interview transcript: Tom Ridley, Senior Rhino Keeper, Hollinsford Zoo

**Interviewer:** Jane Whitcombe, Hollinsford Courier
**Interviewee:** Tom Ridley, Senior Rhino Keeper, Hollinsford Zoo
**Recorded:** Wednesday 12 March 2025, 10:15, keepers' office at Rhino Ridge
**Duration:** 22 minutes
**Transcribed by:** Courier newsdesk. Lightly edited for clarity; pauses and crosstalk removed.

---

Q: Tom, thanks for making time. You must be exhausted.

A: Running on coffee, to be honest. But it's the good kind of tired. I've been keeping rhinos for sixteen years and I still had a lump in my throat when he came out.

Q: Take me back to Saturday morning. Were you there for the birth?

A: I was. We'd been doing a night watch since Monday 17 February, four keepers on a rota, two of us on each night, watching Kesi on the cameras from this office. On the Friday night it was me and Sophie Barnes, one of our rhino keepers. Kesi started pacing and lying down and getting up again at about half past two. Her waters broke at 3.55am, and the calf was born at 4.40am. So the labour itself was quick, about 45 minutes from the waters breaking.

Q: Did you have to step in at all?

A: Not once. That's exactly what you want. We had Dr Nandakumar on the phone and she was ready to come in, but Kesi did everything herself. She's done this before, Amani was born in Germany in 2019, so she knew exactly what she was doing.

Q: How quickly was he up and about?

A: He stood up for the first time at 5.32am, so 52 minutes after he was born. Very wobbly, lots of falling over. He found the teat and had his first proper feed at 7.15am, which is well within the window we'd hope for. After that we could all breathe again.

Q: How big is he?

A: We think around 35 kilos, but that's an estimate from the cameras and from looking at him. We won't put him on the scales until he's about two weeks old. Kesi herself is about 1,180 kilograms, so he's tiny next to her. His horn is just a little bump at the moment, maybe a centimetre.

Q: What about Baraka? Does the father play any part?

A: No, none at all. Male black rhinos are solitary, they don't help raise the calf, and he could be dangerous to a youngster. He's in the neighbouring paddock. Honestly, Baraka has no idea he's a dad. He's more interested in his browse.

Q: What happens over the next few months?

A: The calf will feed from Kesi every hour or so at first. He'll start nibbling at browse within a few weeks, copying her, but he'll keep suckling until he's around 18 months old. In the wild a calf stays with its mother for two to three years, and we'd expect something similar here. We're keeping the team around them to just three keepers so they only see familiar faces.

Q: When can the public see him?

A: The indoor viewing area opens again on Saturday 22 March. On warm days, from about April, he'll be out in the paddock with Kesi. I'd say come on a weekday morning, because that's when they're most active.

Q: There's a naming vote. Do you have a favourite?

A: I'm not supposed to say. Off the record… no, on the record: Jabali. It means "rock", and he's a solid little thing. But it's up to the public. Votes are two pounds each and every penny goes to the Ngulia Rhino Trust in Kenya.

Q: Why does a birth in a zoo in England matter for rhinos in Kenya?

A: People think of rhinos as tanks, but they are really fragile as a species. Every calf in the European programme keeps the gene pool healthy, and the money we raise pays for rangers on the ground. Ngulia has not lost a single rhino to poachers since 2017. That's the bit I'm proudest of, really.

Q: Last question. What's he like, as a character?

A: Nosy. Really nosy. He's already trying to climb over his mum to see what's going on. Sophie calls him "the inspector". I think he's going to be a handful.

Q: Tom Ridley, thank you.

A: Thank you. Come back when he's on the scales.

---

*End of transcript. Audio file: RIDLEY_20250312.m4a (22:04).*
`;

const files = { 'press-release.html': RELEASE, 'keeper-interview.md': INTERVIEW };

describe("a rhino calf: the zoo's release and the keeper's interview, with the product's word vectors", () => {
  withProductWordVectors();

  test('"will reopen … on Saturday 22 March" is "will remain closed … until Saturday 22 March"', async () => {
    const verdict = expectVerdictWith(await workspaceIndex(files));
    // Was contradicted: "reopen" against "closed".
    verdict('supported', 'The indoor viewing area at Rhino Ridge will reopen to visitors on Saturday 22 March.');
    verdict('contradicted', 'The indoor viewing area at Rhino Ridge will stay open to visitors until Saturday 22 March.', [['open', 'closed']]);
  });

  test('a sentence that lacks three of the claim\'s values that another gives, all of them, is no copy with a date changed', async () => {
    const verdict = expectVerdictWith(await workspaceIndex(files));
    // Was contradicted: "2019" against the new calf's "Saturday 8 March 2025".
    verdict('supported', "Kesi, the calf's 14-year-old mother, had her first calf, Amani, in Germany in 2019.");
  });

  test('"weighs about 1,180 pounds" is a weight in pounds, not a sum: "1,180 kilograms" is another', async () => {
    const verdict = expectVerdictWith(await workspaceIndex(files));
    // Was unsupported ("1,180 pounds" read as sterling).
    verdict('contradicted', 'Kesi herself weighs about 1,180 pounds, Ridley said.', [['1,180 pounds', '1,180 kilograms']]);
    verdict('supported', 'Kesi herself weighs about 1,180 kilograms, Ridley said.');
  });
});
