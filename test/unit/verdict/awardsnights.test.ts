/**
 * A film festival's awards night: the festival's winners list (HTML, with a table of awards and a jury list) and the jury
 * president's closing speech and press conference (transcript, timestamps). The sources are written for these tests (from
 * a helper's draft); the festival, the films and the people are invented.
 */
import { describe, test } from 'node:test';
import { expectVerdictWith, workspaceIndex } from './sources';
import { withProductWordVectors } from './productVectors';

const WINNERS = `<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>2025 Award Winners | Varnholm International Film Festival</title>
  <meta name="description" content="The official list of winners of the 31st Varnholm International Film Festival.">
  <meta property="article:published_time" content="2025-06-14T23:10:00+02:00">
  <link rel="stylesheet" href="/assets/css/viff.min.css">
  <script src="/assets/js/analytics.js" defer></script>
</head>
<body>
  <header class="site-header">
    <a class="logo" href="/">VIFF &middot; Varnholm International Film Festival</a>
    <nav class="main-nav">
      <ul>
        <li><a href="/programme/">Programme</a></li>
        <li><a href="/tickets/">Tickets</a></li>
        <li><a href="/awards/" class="active">Awards</a></li>
        <li><a href="/industry/">Industry</a></li>
        <li><a href="/press/">Press</a></li>
        <li><a href="/about/">About</a></li>
      </ul>
    </nav>
  </header>

  <main>
    <nav class="breadcrumb"><a href="/">Home</a> &rsaquo; <a href="/awards/">Awards</a> &rsaquo; 2025 Winners</nav>

    <article>
      <h1>Winners of the 31st Varnholm International Film Festival</h1>
      <p class="dateline"><time datetime="2025-06-14">Saturday, 14 June 2025</time> &middot; Press Office</p>

      <p>The awards of the 31st Varnholm International Film Festival were presented on Saturday, 14 June 2025, at a
      ceremony in the Grand Auditorium of the Palais Ostra, Varnholm, hosted by the broadcaster Elin Gradsky. The
      festival ran for ten days, from Thursday, 5 June to Saturday, 14 June 2025, and screened 214 films from 47
      countries, 18 of them in the International Competition.</p>

      <p>The Golden Heron, the festival&rsquo;s highest honour, went to <em>The Salt Orchard</em>, the second feature by
      the Italian director Ilse Marchetti, an Italian-Slovenian co-production. The award carries a cash prize of
      &euro;50,000, shared equally between the director and the producer.</p>

      <blockquote>
        <p>&ldquo;This year&rsquo;s competition was the strongest I have seen in my six years as director, and the
        audiences in Varnholm proved once again that they will follow a bold film anywhere.&rdquo;</p>
        <footer>&mdash; Katarina Vos, Festival Director</footer>
      </blockquote>

      <h2>International Competition</h2>
      <table class="awards">
        <thead>
          <tr><th>Award</th><th>Winner</th><th>Film</th><th>Prize (&euro;)</th></tr>
        </thead>
        <tbody>
          <tr><td>Golden Heron for Best Film</td><td>Ilse Marchetti (director), Davor Kranjec (producer)</td><td>The Salt Orchard (Italy, Slovenia)</td><td>50,000</td></tr>
          <tr><td>Silver Heron &ndash; Grand Jury Prize</td><td>Aurelio Brandt</td><td>Night Ferry to Kessel (Germany, Poland)</td><td>25,000</td></tr>
          <tr><td>Best Director</td><td>Noor Haddad</td><td>Lanterns Under Water (Lebanon, France)</td><td>12,000</td></tr>
          <tr><td>Best Actress</td><td>Marit Solheim</td><td>Winter Census (Norway)</td><td>&ndash;</td></tr>
          <tr><td>Best Actor</td><td>Kwame Asante-Boateng</td><td>Night Ferry to Kessel (Germany, Poland)</td><td>&ndash;</td></tr>
          <tr><td>Best Screenplay</td><td>Joana Ferraz and Pablo Ruiz</td><td>The Quiet Ledger (Portugal, Spain)</td><td>8,000</td></tr>
          <tr><td>Best Cinematography</td><td>Yusuke Tamaki</td><td>Lanterns Under Water (Lebanon, France)</td><td>8,000</td></tr>
        </tbody>
      </table>

      <h2>Jury Citations</h2>
      <p><strong>Golden Heron &ndash; <em>The Salt Orchard</em>:</strong> &ldquo;For a film that finds a whole
      century of loss in one family&rsquo;s harvest, and never raises its voice.&rdquo;</p>
      <p><strong>Silver Heron &ndash; <em>Night Ferry to Kessel</em>:</strong> &ldquo;For its nerve, its humour and
      a final twenty minutes that none of us will forget.&rdquo;</p>
      <p><strong>Best Director &ndash; Noor Haddad:</strong> &ldquo;For directing water, light and grief with the same
      steady hand.&rdquo;</p>
      <p>Noor Haddad is the first Lebanese filmmaker to win Best Director in the festival&rsquo;s history. Marit
      Solheim, 68, receives her first major acting award after a stage career of more than forty years at the
      National Theatre in Oslo.</p>

      <h2>Other Sections</h2>
      <ul class="awards-list">
        <li><strong>Best Documentary:</strong> <em>Forty Winters on the Ice</em>, directed by Henrik Lund (Denmark),
        &euro;15,000.</li>
        <li><strong>Best First Feature (Horizon Award):</strong> <em>Harbour Light</em>, directed by Lena Vogt
        (Austria), &euro;10,000, presented by the Varnholm City Council.</li>
        <li><strong>Best Short Film:</strong> <em>Paper Moths</em> (14 minutes), directed by Ama Owusu (Ghana),
        &euro;5,000.</li>
        <li><strong>Audience Award:</strong> <em>The Quiet Ledger</em>, directed by Joana Ferraz, with an average
        rating of 4.7 out of 5 from 4,312 ballots.</li>
        <li><strong>Special Mention:</strong> the young actor Tove Lindqvist, 11, for her role in <em>Winter
        Census</em>.</li>
      </ul>

      <p>In total, the festival awarded &euro;143,000 in prize money this year, up from &euro;120,000 in 2024. The
      Audience Award carries no cash prize; its winner receives a distribution grant from the Nordic Screen
      Fund.</p>

      <h2>The International Jury</h2>
      <p>The five-member jury of the International Competition was chaired by the French director Sylvie
      Arnaud-Mercier, winner of the Golden Heron in 2011 for <em>Les Heures blanches</em>.</p>
      <ul class="jury">
        <li>Sylvie Arnaud-Mercier, director, France (President of the Jury)</li>
        <li>Rafael Okonjo, producer, Nigeria</li>
        <li>Hana Kobayashi, actress, Japan</li>
        <li>Jonas Eklund, cinematographer, Sweden</li>
        <li>Dr Miriam Feld, film critic and editor of <em>Celluloid Quarterly</em>, Germany</li>
      </ul>
      <p>The Documentary and Short Film awards were decided by a separate three-member jury chaired by the Danish
      producer Birgitte Holm.</p>

      <h2>Attendance</h2>
      <p>The festival recorded 62,400 admissions, up from 58,900 in 2024, and 1,150 accredited industry guests. The
      closing-night screening of <em>The Salt Orchard</em> sold out its 1,800 seats in under four minutes.</p>

      <p>The 32nd Varnholm International Film Festival will take place from Thursday, 4 June to Saturday, 13 June
      2026.</p>

      <p class="press-contact">Press enquiries: Maja Dorn, Head of Press, press@viff-varnholm.org, +46 40 555 0199</p>
    </article>

    <aside class="related">
      <h3>Related</h3>
      <ul>
        <li><a href="/press/2025/jury-announced/">Jury for 2025 announced</a></li>
        <li><a href="/press/2025/competition-line-up/">Competition line-up revealed</a></li>
      </ul>
    </aside>
  </main>

  <footer class="site-footer">
    <p>&copy; 2025 Varnholm Film Foundation. All rights reserved.</p>
    <ul>
      <li><a href="/privacy/">Privacy</a></li>
      <li><a href="/cookies/">Cookie settings</a></li>
      <li><a href="/contact/">Contact</a></li>
    </ul>
    <p>Supported by the Varnholm City Council and the Nordic Screen Fund.</p>
  </footer>
</body>
</html>
`;

const SPEECH = `TRANSCRIPT: Closing speech of the President of the International Jury, followed by the jury press conference
31st Varnholm International Film Festival
Recorded: Saturday, 14 June 2025, Grand Auditorium, Palais Ostra, Varnholm
Speakers: Sylvie Arnaud-Mercier (director, President of the International Jury); Elin Gradsky (host of the awards ceremony); Maja Dorn (Head of Press, VIFF); Rafael Okonjo (producer, jury member)
Transcribed by the VIFF Press Office. Timestamps are from the start of the recording. Lightly edited for readability.

[00:00:04] Elin Gradsky: Ladies and gentlemen, before the last award of the night, please welcome the President of our International Jury, Sylvie Arnaud-Mercier.

[00:00:19] Sylvie Arnaud-Mercier: Thank you. Thank you, Elin. Good evening, Varnholm. Bonsoir.

[00:00:31] Sylvie Arnaud-Mercier: Fourteen years ago I stood on this stage holding a heron that I was too nervous to look at. Tonight I am on the other side of the table, and I can tell you it is not easier.

[00:00:52] Sylvie Arnaud-Mercier: Over nine days the five of us watched 18 films from 14 countries. We saw them in the morning, we saw them at midnight, and we saw two of them twice, because one viewing was not enough to be fair.

[00:01:15] Sylvie Arnaud-Mercier: I want to thank Katarina Vos and her team, who gave us everything we asked for except more sleep. And I want to thank my fellow jurors: Rafael, Hana, Jonas and Miriam. We argued, we shouted, and on the last night we agreed.

[00:01:41] Sylvie Arnaud-Mercier: Our final deliberation began on Friday at ten in the morning and ended at a quarter past five in the afternoon. Seven hours and fifteen minutes, with one lunch that nobody ate.

[00:02:03] Sylvie Arnaud-Mercier: I will not tell you who voted for what. But I will tell you that the Best Actress prize was unanimous, and that it was decided in less than five minutes. Marit Solheim does not act in Winter Census. She simply lives there, and we were lucky to be allowed in.

[00:02:30] Sylvie Arnaud-Mercier: Some of the films this year were made with very little money. One of the films in competition was shot in eleven days with a crew of nine people. Cinema does not need to be rich. It needs to be brave.

[00:02:54] Sylvie Arnaud-Mercier: And now, the Golden Heron. The Salt Orchard is a film that trusts silence more than it trusts us, and that is why we trust it. The Golden Heron goes to The Salt Orchard, by Ilse Marchetti.

[00:03:20] Elin Gradsky: Please welcome Ilse Marchetti and her producer, Davor Kranjec.

[00:03:45] [Applause. Ilse Marchetti accepts the award. Her acceptance remarks are published separately.]

PRESS CONFERENCE, Press Room B, Palais Ostra

[00:14:10] Maja Dorn: Good evening. We have about fifteen minutes with the jury president and Mr Okonjo. First question, please.

[00:14:22] Q (Varnholm Dagblad): Madame Arnaud-Mercier, was the Golden Heron decision unanimous?

[00:14:29] Sylvie Arnaud-Mercier: No, and I am not ashamed of that. It was four votes to one. A jury that agrees on everything is a jury that was not paying attention.

[00:14:47] Q (Screen Europe): Mr Okonjo, you are a producer. Were you worried that the top prizes went to small co-productions?

[00:14:55] Rafael Okonjo: Worried? I was delighted. The Salt Orchard cost less than two million euros. That is the budget of the catering on some of the films I have worked on.

[00:15:14] Rafael Okonjo: The market will always reward the big films. A festival has to reward the necessary ones.

[00:15:30] Q (Cine Norden): Was there any film you regret not giving a prize to?

[00:15:36] Sylvie Arnaud-Mercier: Always. Every jury leaves one film on the table. This year I will carry one with me, but I will not name it tonight, because it deserves better than to be the film that lost.

[00:16:02] Q (Radio Varnholm): Noor Haddad is the first Lebanese director to win Best Director here. Did that weigh on the decision?

[00:16:10] Sylvie Arnaud-Mercier: We did not look at passports. We looked at the screen. Lanterns Under Water has the most controlled direction of the eighteen films, and that is the only reason.

[00:16:31] Q (Varnholm Dagblad): The Best Short Film went to Paper Moths. Was that your jury's decision?

[00:16:37] Sylvie Arnaud-Mercier: No. The short films and the documentaries had their own jury, chaired by Birgitte Holm. But I saw Paper Moths on Wednesday, and I cried for its whole fourteen minutes.

[00:16:58] Maja Dorn: One last question.

[00:17:01] Q (Screen Europe): Would you come back to Varnholm as a filmmaker?

[00:17:06] Sylvie Arnaud-Mercier: I am already writing. If the festival will have me, I would like to bring my next film here in 2027. I am sixty-one, I am not in a hurry, and I think that is a good age to make a film about patience.

[00:17:28] Maja Dorn: Thank you, everyone. The jury photocall begins in ten minutes on the terrace.

[END OF TRANSCRIPT]
`;

const files = { 'winners-2025.html': WINNERS, 'jury-president-speech.txt': SPEECH };

describe("a film festival's awards: the winners list and the jury president's speech, with the product's word vectors", () => {
  withProductWordVectors();

  test('"10 a.m." is "ten in the morning"', async () => {
    const verdict = expectVerdictWith(await workspaceIndex(files));
    // Was unsupported ("10 a.m." missing).
    verdict('supported', "The jury's final deliberation lasted seven hours and 15 minutes, starting at 10 a.m. on Friday, according to the jury president.");
    verdict('unsupported', "The jury's final deliberation lasted seven hours and 15 minutes, starting at 11 a.m. on Friday, according to the jury president.");
  });

  test('"split equally" is "shared equally"', async () => {
    const verdict = expectVerdictWith(await workspaceIndex(files));
    // Was contradicted: "split" against "shared".
    verdict('supported', 'The Golden Heron comes with €50,000, split equally between the director and the producer.');
  });

  test('a row the claim names by the part of its label before a dash holds its figure', async () => {
    const verdict = expectVerdictWith(await workspaceIndex(files));
    // Was contradicted: "€25,000 for Best Actor" against "€25,000 for Silver Heron – Grand Jury Prize".
    verdict('unsupported', "The €25,000 Silver Heron went to Aurelio Brandt's Night Ferry to Kessel, whose star Kwame Asante-Boateng was named best actor.");
    verdict('contradicted', "The €12,000 Silver Heron went to Aurelio Brandt's Night Ferry to Kessel.");
  });
});
