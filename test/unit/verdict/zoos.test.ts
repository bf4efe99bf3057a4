/**
 * A rhino calf's birth at a zoo: the zoo's press release (HTML) and a keeper's radio interview (plain text). The
 * sources are written for these tests (from a helper's draft); the zoo and the people are invented.
 */
import { describe, test } from 'node:test';
import { expectVerdictWith, workspaceIndex } from './sources';
import { withProductWordVectors } from './productVectors';

const RELEASE = `<!DOCTYPE html>
<html lang="en-GB">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>Critically endangered black rhino calf born at Harrowfield Zoo | News | Harrowfield Zoo</title>
  <meta name="description" content="Harrowfield Zoo welcomes a female eastern black rhino calf, the first born at the zoo in eleven years.">
  <link rel="stylesheet" href="/assets/css/main.min.css">
  <link rel="icon" href="/favicon.ico">
</head>
<body class="page-news">
  <a class="skip-link" href="#main">Skip to main content</a>
  <header class="site-header">
    <div class="logo"><a href="/"><img src="/assets/img/harrowfield-logo.svg" alt="Harrowfield Zoo"></a></div>
    <nav class="main-nav" aria-label="Main">
      <ul>
        <li><a href="/visit/">Plan your visit</a></li>
        <li><a href="/animals/">Our animals</a></li>
        <li><a href="/conservation/">Conservation</a></li>
        <li><a href="/membership/">Membership</a></li>
        <li><a href="/news/" aria-current="page">News</a></li>
        <li><a href="/support-us/">Support us</a></li>
        <li class="cta"><a href="/tickets/">Book tickets</a></li>
      </ul>
    </nav>
  </header>

  <main id="main">
    <nav class="breadcrumb" aria-label="Breadcrumb">
      <a href="/">Home</a> &rsaquo; <a href="/news/">News</a> &rsaquo; <span>Black rhino calf born</span>
    </nav>

    <article class="press-release">
      <p class="label">Press release &middot; For immediate release</p>
      <h1>Critically endangered black rhino calf born at Harrowfield Zoo</h1>
      <p class="dateline"><time datetime="2024-03-14">Thursday 14 March 2024</time></p>

      <p class="lead">Harrowfield Zoo is celebrating the birth of a female eastern black rhino calf, the first rhino to be born at the zoo in eleven years and a significant boost for one of the most threatened large mammals on the planet.</p>

      <p>The calf was born to nine-year-old mother Zuri in the early hours of Tuesday 5 March, after a pregnancy of around 15 months. Keepers monitoring the rhino house on overnight CCTV saw the birth at 3.40am, and the calf was standing within 40 minutes and suckling for the first time a little under two hours later.</p>

      <p>At her first health check, carried out on Saturday 9 March, the calf weighed 38 kilograms. Keepers say she is now gaining roughly two kilograms a day and is already following her mother around the paddock. The father is 14-year-old bull Kito, who arrived at Harrowfield from Bioparc Dou&eacute;-la-Fontaine in France in 2019 on the recommendation of the European studbook.</p>

      <p>The calf has not yet been named. The zoo will open a public vote on its website on Monday 18 March, with three shortlisted names chosen by the keeping team: Amara, Nia and Shani. The vote will close on Sunday 31 March, and the winning name will be announced the following week.</p>

      <h2>A delicate first fortnight</h2>

      <p>Head of Hoofstock Mrs Priya Ramanathan, who has worked with rhinos at Harrowfield for 16 years, said: &ldquo;Zuri has been a brilliant mother from the very first minute. We kept our distance and let her do everything herself, and she did not need any help from us at all. Seeing that little calf wobble to her feet on the CCTV screen is something none of us will forget.&rdquo;</p>

      <p>Senior keeper Tom Whitlock, who was on the night shift when Zuri went into labour, added: &ldquo;We had been watching her closely for about three weeks, so we were ready. The calf is confident, curious and, frankly, a bit of a handful already.&rdquo;</p>

      <p>The zoo's veterinary team, led by Dr Owen Fairclough, carried out the health check while Zuri was distracted with browse in the neighbouring stall. &ldquo;The calf is strong, alert and feeding well, and we found no signs of any problems,&rdquo; said Dr Fairclough. &ldquo;The first few weeks are always the riskiest, so we are cautiously optimistic rather than complacent.&rdquo;</p>

      <p>The rhino house will remain closed to visitors until at least Monday 1 April to give mother and calf time to bond. Visitors may be able to see the pair in the outdoor paddock on warmer days, though keepers will decide daily whether to let them out.</p>

      <h2>A species on the brink</h2>

      <p>The eastern black rhino is classified as Critically Endangered on the IUCN Red List. Fewer than 1,000 eastern black rhinos are thought to remain in the wild, mostly in Kenya and Tanzania, out of a total black rhino population of around 6,500 across all subspecies. Poaching for horn remains the greatest threat, and numbers fell by more than 95% between 1970 and 1995.</p>

      <p>The calf is part of the European Endangered Species Programme (EEP), coordinated by the European Association of Zoos and Aquaria (EAZA), which manages 102 eastern black rhinos across 28 zoos. The birth is the seventh in the programme so far this year.</p>

      <p>Harrowfield Zoo has supported rhino protection in the field since 2008 through its partnership with the Lewa Wildlife Conservancy in northern Kenya. Last year the zoo contributed &pound;48,000 to the conservancy, funding two ranger salaries and a new tracking vehicle. Director of Conservation Dr Helen Achterberg said the money raised by visitors was now more than double what the zoo gave in 2019.</p>

      <p>&ldquo;Every visitor who comes through our gates is helping to keep rangers on the ground in Kenya,&rdquo; said Dr Achterberg. &ldquo;A birth like this one reminds people that rhinos are not a lost cause.&rdquo;</p>

      <p>Visitors can also &ldquo;adopt&rdquo; the calf from &pound;35 a year, with 50% of every adoption going directly to the Lewa partnership.</p>

      <h2>Notes to editors</h2>
      <ul>
        <li>Harrowfield Zoo is a registered charity (No. 1092847) and welcomed 412,000 visitors in 2023.</li>
        <li>Images and CCTV footage of the birth are available on request. Please credit &ldquo;Harrowfield Zoo&rdquo;.</li>
        <li>Interviews with Priya Ramanathan and Dr Owen Fairclough can be arranged through the press office.</li>
        <li>Media contact: Gemma Lacey, Communications Manager, press@harrowfieldzoo.org.uk, 01632 960 418.</li>
      </ul>
    </article>

    <aside class="related">
      <h2>Related news</h2>
      <ul>
        <li><a href="/news/2024/02/red-panda-twins/">Red panda twins make first appearance</a></li>
        <li><a href="/news/2024/01/lewa-ranger-update/">Lewa ranger update: a year in the field</a></li>
      </ul>
    </aside>
  </main>

  <footer class="site-footer">
    <div class="footer-cols">
      <div>
        <h3>Visit</h3>
        <ul><li><a href="/visit/opening-times/">Opening times</a></li><li><a href="/visit/getting-here/">Getting here</a></li><li><a href="/visit/accessibility/">Accessibility</a></li></ul>
      </div>
      <div>
        <h3>About</h3>
        <ul><li><a href="/about/">About the zoo</a></li><li><a href="/jobs/">Jobs</a></li><li><a href="/press/">Press office</a></li></ul>
      </div>
      <div>
        <h3>Follow us</h3>
        <ul class="social"><li><a href="https://www.facebook.com/harrowfieldzoo">Facebook</a></li><li><a href="https://www.instagram.com/harrowfieldzoo">Instagram</a></li></ul>
      </div>
    </div>
    <p class="legal">&copy; 2024 Harrowfield Zoological Society. Registered charity in England and Wales No. 1092847. <a href="/privacy/">Privacy</a> &middot; <a href="/cookies/">Cookies</a></p>
  </footer>
  <script src="/assets/js/main.min.js" defer></script>
</body>
</html>
`;

const INTERVIEW = `HARROWFIELD FM — "BREAKFAST WITH DANNY COLE"
Broadcast: Friday 15 March 2024, 08:10–08:22
Guest: Tom Whitlock, Senior Keeper, Harrowfield Zoo
Presenter: Danny Cole
Transcript prepared by the Harrowfield FM newsdesk. Lightly edited for clarity; timings approximate.

[08:10]

DANNY COLE: It's ten past eight, and if you've been anywhere near social media this week you'll have seen the footage. Harrowfield Zoo has a brand-new baby rhino, and I've got the man who was on duty when she arrived. Tom Whitlock, senior keeper, good morning.

TOM WHITLOCK: Morning, Danny. Thanks for having me.

DANNY COLE: So take us back. Tuesday night, you're on the night shift. What happened?

TOM WHITLOCK: Well, technically it was Tuesday morning. I came on at ten o'clock on the Monday night. Zuri had been restless all evening, pacing, lying down and getting up again, so I rang Priya — that's Priya Ramanathan, our head of hoofstock — at about half one and said, "I think this is it." She drove in, and by the time she got there Zuri's waters had broken. The calf came at 3.40. We watched the whole thing on the monitors in the keepers' room. Nobody went in with her.

DANNY COLE: Nobody went in at all? Isn't that nerve-racking?

TOM WHITLOCK: It's the hardest part of the job, honestly. Every instinct tells you to go and help. But a two-tonne mother rhino doesn't want you in there, and she knows what she's doing far better than we do. Our job is to watch and only step in if something goes badly wrong. Thankfully, nothing did.

[08:13]

DANNY COLE: And how big is a baby rhino? I'm picturing something the size of a Labrador.

TOM WHITLOCK: [laughs] Bigger than that. She was 38 kilos when the vets weighed her on the Saturday, so more like a big Great Dane. And she's putting on around two kilos a day, so she won't be that size for long. By the time she's fully grown she'll be somewhere around 1,200 kilos.

DANNY COLE: Two kilos a day! What's she eating?

TOM WHITLOCK: Just milk for now. She'll start nibbling at browse and hay in a few weeks, copying her mum, but she'll keep suckling until she's about eighteen months old, maybe longer. Black rhinos are browsers, not grazers, so as an adult she'll be eating leaves and twigs rather than grass. That's the big difference from white rhinos.

DANNY COLE: Now, a lot of listeners have been asking — is this the first rhino born at Harrowfield?

TOM WHITLOCK: No, not at all. We've had four calves here over the years, but the last one was in 2013, so it's been a long wait. This is Zuri's first calf, and it's the first calf for our bull, Kito, as well. So it's a big moment for him genetically. He came to us from France five years ago precisely because his bloodline is under-represented in European zoos.

[08:16]

DANNY COLE: Let's talk about the bigger picture. How many of these animals are left?

TOM WHITLOCK: For eastern black rhinos, it's fewer than a thousand in the wild. That's it. For all black rhinos together it's roughly six and a half thousand. Back in the seventies there were something like sixty-five thousand. So when people ask why zoos bother breeding rhinos, that's the answer. The population in European zoos is a safety net.

DANNY COLE: And the zoo does work in Kenya as well, doesn't it?

TOM WHITLOCK: It does. We've worked with Lewa Wildlife Conservancy since 2008. I actually went out there in 2022 for three weeks, with two of my colleagues, and spent time with the rangers. Those guys are out every day, in all weathers, tracking individual rhinos on foot. I came back with a completely different view of what we're doing here. What we raise here pays for real people on the ground.

DANNY COLE: Our listeners will want to know — can they come and see her?

TOM WHITLOCK: Not inside just yet. The rhino house stays shut until at least the first of April. But if it's a warm, dry day we might let Zuri and the calf out into the paddock for an hour or two, and you can see them from the viewing platform. Please don't come specially just for that, though. If it's cold and wet, they're staying in.

[08:19]

DANNY COLE: And she hasn't got a name yet?

TOM WHITLOCK: Not yet. The vote opens on Monday on the zoo's website. There are three names — Amara, Nia and Shani. I'm not allowed to tell you which one I voted for. [laughs] Priya would kill me.

DANNY COLE: Go on, give us a clue.

TOM WHITLOCK: All I'll say is it's not the shortest one.

DANNY COLE: [laughs] Very diplomatic. Last question, Tom. What's she like, as a personality?

TOM WHITLOCK: She's bold. Really bold. On her second day she marched up to the bars to have a look at me, and Zuri had to nudge her back. She's got no fear at all, which is lovely to see, but it means we'll have our hands full. I've been doing this for twelve years and I don't think I've ever seen a calf so confident so young.

DANNY COLE: Tom Whitlock from Harrowfield Zoo, thank you, and congratulations to everyone up there.

TOM WHITLOCK: Thanks, Danny. Cheers.

DANNY COLE: If you want to vote on the name, it's on the Harrowfield Zoo website from Monday, and the vote runs until the end of the month. Coming up after the news, we've got your calls on the new parking charges in the town centre...

[08:22 ENDS]
`;

const files = { 'press-release-rhino-calf.html': RELEASE, 'radio-interview-whitlock.txt': INTERVIEW };

describe("a zoo's rhino birth: the release and the keeper's interview, with the product's word vectors", () => {
  withProductWordVectors();

  test('a figure the lead gives in the claim\'s words is no rival\'s: "in eleven years" / "after a pregnancy of around 15 months"', async () => {
    const verdict = expectVerdictWith(await workspaceIndex(files));
    // Was contradicted: "The source gives around 15 months, not eleven years".
    verdict('supported', 'A female eastern black rhino calf, the first rhino born at Harrowfield Zoo in eleven years, arrived in the early hours of Tuesday 5 March to nine-year-old mother Zuri.');
    verdict('contradicted', 'A female eastern black rhino calf, the first rhino born at Harrowfield Zoo in twelve years, arrived in the early hours of Tuesday 5 March to nine-year-old mother Zuri.');
  });

  test('posts: "Head of Hoofstock Mrs Priya Ramanathan" is head of hoofstock; a senior keeper is no head of hoofstock', async () => {
    const verdict = expectVerdictWith(await workspaceIndex(files));
    // Were contradicted ("Head of Hoofstock Mrs") and supported.
    verdict('supported', 'Head of hoofstock Priya Ramanathan said Zuri "did not need any help from us at all".');
    verdict('contradicted', 'Head of hoofstock Tom Whitlock, who was on the night shift when Zuri went into labour, said keepers had been watching her closely for about three weeks.', [['Head of hoofstock', 'Senior keeper']]);
  });
});
