/**
 * A new species of frog: the journal's press release (HTML) and an interview with the lead researcher (transcript, Q
 * and A). The sources are written for these tests (from a helper's draft); the journal, the frog and the people are
 * invented.
 */
import { describe, test } from 'node:test';
import { expectVerdictWith, workspaceIndex } from './sources';
import { withProductWordVectors } from './productVectors';

const RELEASE = `<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>Tiny golden-spotted frog from Peru's cloud forest described as new species | Meridian Scientific Press</title>
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <meta name="description" content="Researchers describe Pristimantis aurimaculatus, a new rain frog from the Cordillera de Tabaconas, in the Journal of Andean Herpetology.">
  <meta property="article:published_time" content="2025-03-12T09:00:00+00:00">
  <link rel="stylesheet" href="/assets/css/newsroom.css">
  <script src="/assets/js/analytics.js" defer></script>
</head>
<body>
  <header class="site-header">
    <a class="logo" href="/">Meridian Scientific Press</a>
    <nav class="main-nav" aria-label="Main">
      <ul>
        <li><a href="/journals">Journals</a></li>
        <li><a href="/books">Books</a></li>
        <li><a href="/open-access">Open Access</a></li>
        <li><a href="/newsroom" aria-current="page">Newsroom</a></li>
        <li><a href="/about">About us</a></li>
        <li><a href="/contact">Contact</a></li>
      </ul>
    </nav>
    <form class="search" action="/search"><input type="search" name="q" placeholder="Search"><button>Go</button></form>
  </header>

  <nav class="breadcrumbs" aria-label="Breadcrumb">
    <a href="/">Home</a> › <a href="/newsroom">Newsroom</a> › <a href="/newsroom/2025">2025</a> › Press release
  </nav>

  <main>
    <article class="press-release">
      <p class="label">PRESS RELEASE · FOR IMMEDIATE RELEASE</p>
      <h1>Tiny golden-spotted frog from Peru's cloud forest described as new species</h1>
      <p class="standfirst">Fewer than a dozen specimens known; authors call for Critically Endangered listing</p>
      <p class="dateline"><time datetime="2025-03-12">Wednesday, 12 March 2025</time> · Cambridge, UK</p>

      <p>A rain frog no longer than a thumbnail, with bright golden spots on its groin, has been described as a species new to science by a team of researchers from Peru and Sweden. The frog, named <em>Pristimantis aurimaculatus</em> and nicknamed the golden-spotted rain frog, is described in a paper published today in the <em>Journal of Andean Herpetology</em> (Volume 14, Issue 3).</p>

      <p>The species was found in the montane cloud forest of the Cordillera de Tabaconas, in the Cajamarca region of northern Peru, at elevations between 2,150 and 2,480 metres above sea level. Its known range covers less than 12 square kilometres.</p>

      <h2>Three expeditions, eleven frogs</h2>

      <p>The team collected 11 specimens over three expeditions between October 2021 and February 2024. Adult males measure 18.4 millimetres from snout to vent, while the largest female measured 24.1 millimetres. The name <em>aurimaculatus</em> comes from the Latin for "golden-spotted".</p>

      <p>The frog's advertisement call, a series of four to seven high-pitched notes, has a dominant frequency of 3.9 kHz and is given mainly in the two hours after dusk. DNA analysis showed a genetic divergence of 6.8 per cent in the 16S rRNA gene from its closest known relative, <em>Pristimantis rosadoi</em>, which lives about 85 kilometres to the south.</p>

      <p>It is the third new <em>Pristimantis</em> species described from the Cordillera de Tabaconas since 2018.</p>

      <p>"We heard this frog long before we ever saw it," said Dr Lucía Ferreyra Quispe, associate professor of herpetology at the Universidad Nacional del Alto Marañón and lead author of the study. "Every species we describe from these ridges is a reminder of how much of the Andes we still have not looked at properly."</p>

      <h2>A shrinking home</h2>

      <p>Satellite analysis carried out for the study found that forest cover within the frog's known range fell by 9 per cent between 2015 and 2023, mostly because of cattle grazing and illegal logging. On the basis of its tiny range and the continuing loss of habitat, the authors recommend that the species be listed as Critically Endangered under the criteria of the International Union for Conservation of Nature (IUCN).</p>

      <p>"A range this small leaves no margin for error," said co-author Professor Hannah Lindqvist, head of the amphibian genetics unit at the Nordic Institute for Tropical Biology in Uppsala. "Protection has to come before the next road, not after it."</p>

      <p>The study's other co-author, Dr Tomás Benavides, a postdoctoral researcher at the Museo de Historia Natural Pachacámac in Lima, carried out the acoustic analysis.</p>

      <p>The fieldwork was funded by a grant of US$48,000 from the Andes Biodiversity Trust, with additional support from the Nordic Institute for Tropical Biology.</p>

      <h2>Journal comment</h2>

      <p>Dr Margaret Oyelaran, editor-in-chief of the <em>Journal of Andean Herpetology</em>, said: "This paper is a model of how a species description should be done, combining morphology, sound and DNA. It also shows how quickly a newly described animal can find itself on the edge."</p>

      <h2>About the paper</h2>
      <ul>
        <li>Title: "A new species of <em>Pristimantis</em> (Anura: Strabomantidae) from the Cordillera de Tabaconas, northern Peru"</li>
        <li>Authors: Lucía Ferreyra Quispe, Tomás Benavides, Hannah Lindqvist</li>
        <li>Journal: <em>Journal of Andean Herpetology</em>, Volume 14, Issue 3, pages 211–236</li>
        <li>Published online: Wednesday, 12 March 2025</li>
        <li>DOI: 10.5591/jah.2025.0143</li>
      </ul>

      <h2>Notes to editors</h2>
      <p>The <em>Journal of Andean Herpetology</em> is a peer-reviewed journal published quarterly by Meridian Scientific Press since 2011. It publishes research on the amphibians and reptiles of the Andes and adjacent lowlands.</p>
      <p>Meridian Scientific Press is an independent, not-for-profit academic publisher based in Cambridge, UK, publishing 42 journals across the life and earth sciences.</p>
      <p>Photographs of the holotype and audio recordings of the call are available to accredited journalists on request. Images must be credited "© T. Benavides / MNHP".</p>

      <h2>Media contact</h2>
      <p>Daniel Hurst, Communications Officer, Meridian Scientific Press<br>
      Email: press@meridianscipress.example · Tel: +44 1223 555 0142</p>
      <p class="embargo">Embargoed until 09:00 GMT, Wednesday 12 March 2025. Ends.</p>
    </article>

    <aside class="related">
      <h3>Related news</h3>
      <ul>
        <li><a href="/newsroom/2025/02/glass-frog-ecuador">Glass frog rediscovered in Ecuador after 30 years</a></li>
        <li><a href="/newsroom/2025/01/lizard-colour">How Andean lizards change colour with altitude</a></li>
      </ul>
    </aside>
  </main>

  <footer class="site-footer">
    <nav aria-label="Footer">
      <a href="/privacy">Privacy</a> · <a href="/cookies">Cookies</a> · <a href="/accessibility">Accessibility</a> · <a href="/terms">Terms of use</a>
    </nav>
    <p>© 2025 Meridian Scientific Press. Registered charity no. 1098765. 14 Trumpington Mews, Cambridge CB2 1QT, UK.</p>
    <p>Follow us: <a href="https://example.org/meridian">Social</a> · <a href="/rss">RSS</a></p>
  </footer>
</body>
</html>
`;

const INTERVIEW = `INTERVIEW TRANSCRIPT

Interview transcript: Dr Lucía Ferreyra Quispe, associate professor of herpetology, Universidad Nacional del Alto Marañón, Chachapoyas
Interviewer: Rachel Donnelly, science correspondent, The Northern Ledger
Recorded: Thursday 13 March 2025, by video call, 16:00–16:35 (GMT)
Transcribed by: Ledger audio desk. Lightly edited for clarity.

Q: Dr Ferreyra, thank you for making time. Your paper came out yesterday. How does it feel?

A: Honestly, a bit strange. We have lived with this frog for more than three years, and now suddenly everyone is asking about it. My phone has not stopped since yesterday morning.

Q: Take me back to the beginning. When did you first come across it?

A: It was the night of 14 October 2021, on our first expedition. We were camped on a ridge at about 2,300 metres and we heard a call none of us recognised. It sounded like someone tapping a glass with a fingernail. We searched for two hours that night and found nothing.

Q: So who actually found the first one?

A: Marco Huamán, our field assistant. He is from Huarango Alto, the nearest village, about a four-hour walk below the ridge. On the third night he found a male calling from a bromeliad about a metre and a half off the ground. He has better eyes than all of us put together.

Q: How small are we talking?

A: The males are about 18 millimetres long. An adult weighs about 0.6 grams, so less than a paperclip. When you hold one it feels like you are holding nothing at all.

Q: How did you know it was new? There are hundreds of Pristimantis species.

A: There are more than 600, yes, and many of them look alike, which is exactly the problem. The golden spots on the groin were the first clue, because no close relative has them. Then the call was different. But what settled it was the DNA. The nearest relative, Pristimantis rosadoi, is 6.8 per cent different in the 16S gene, which for these frogs is a lot.

Q: Why did it take more than three years to publish?

A: Because eleven frogs is not many, and we wanted to be sure. We went back in April 2023 and again in February 2024. Each trip takes about three weeks, and it rains almost every day. And reviewers asked good questions, so we answered them.

Q: Tell me about its life history. Does it have tadpoles?

A: No. Like other Pristimantis, it develops directly. The female lays a clutch of 12 to 18 eggs in wet moss, and tiny froglets hatch out, no tadpole stage at all. That means it does not need streams, but it does need the moss, and the moss needs the forest.

Q: The press release says forest cover fell by 9 per cent in eight years. What is driving that?

A: Mostly cattle. Families clear the lower slopes for pasture, and there is some illegal logging higher up. I want to be careful here: these are poor communities, and I do not blame them. But if we lose this forest, we lose this frog, full stop.

Q: You are recommending a Critically Endangered listing. What happens next?

A: We submitted the assessment to the IUCN Amphibian Specialist Group last month. Separately, we are asking the regional government of Cajamarca for 120,000 soles to start a community monitoring programme with Huarango Alto. If that comes through, we go back in June 2025 with a team of six to survey the neighbouring ridges.

Q: Is there any sign of chytrid, the fungal disease that has wiped out so many frogs?

A: We swabbed all eleven specimens and every one tested negative for Batrachochytrium dendrobatidis. That is good news, but it is eleven frogs. I would not call it safe.

Q: Professor Lindqvist is quoted saying protection has to come before the next road. Is there a road planned?

A: There is a proposal to improve the track to Huarango Alto. I am not against roads for people who need them. I am for planning them with the forest in mind.

Q: Last question. Why should a reader in Britain care about a frog the size of a fingernail?

A: Because it is a thermometer. Amphibians tell us when a place is getting sick before anything else does. And because it is beautiful, frankly. Nobody had ever seen those golden spots before us. I think that counts for something.

Q: Dr Ferreyra, thank you.

A: Thank you, Rachel.

[END OF TRANSCRIPT — duration 34 minutes]
`;

const files = { 'press-release.html': RELEASE, 'interview-ferreyra.txt': INTERVIEW };

describe("a new frog: the press release and the researcher's interview, with the product's word vectors", () => {
  withProductWordVectors();

  test('"11 specimens over three expeditions" counts across the expeditions: no "more than three"', async () => {
    const verdict = expectVerdictWith(await workspaceIndex(files));
    // Was contradicted: "three" against "over three".
    verdict('supported', 'Researchers gathered eleven specimens on three expeditions between October 2021 and February 2024.');
    verdict('contradicted', 'Researchers gathered eleven specimens on five expeditions between October 2021 and February 2024.', [['five', 'three']]);
  });

  test('the day someone spoke is not the day their words call "yesterday"', async () => {
    const verdict = expectVerdictWith(await workspaceIndex(files));
    // Was contradicted: "Thursday" against "yesterday (Wednesday 12 March 2025)".
    verdict('supported', 'Ferreyra said in an interview on Thursday that her phone had not stopped since the paper came out.');
  });
});
