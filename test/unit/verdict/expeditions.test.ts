/**
 * A climber's death on an expedition: the coroner's summary of the inquest (plain text) and the expedition company's
 * statement (HTML, with a quotation in a <blockquote> under its speaker's paragraph). The sources are written for these
 * tests (from a helper's draft); the company and the people are invented.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { checkAgainst } from './sources';
import { withProductWordVectors } from './productVectors';

const SUMMARY = `HM CORONER FOR CUMBRIA
Cumbria Coroner's Court, Fairfield, Station Street, Cockermouth CA13 9PT

SUMMARY OF INQUEST FINDINGS

Inquest touching the death of: Thomas Alden WHITCOMBE
Date of birth: 14 March 1977
Age at death: 47
Occupation: Chartered surveyor
Usual address: Kendal, Cumbria
Date of death: Friday 27 September 2024
Place of death: Camp 4 (7,450 metres), Manaslu, Gorkha District, Nepal

Coroner: Ms Harriet Lomax, Area Coroner for Cumbria
Date of hearing: Tuesday 10 June 2025
Case reference: CUM-2024-01187

This summary is issued by the Coroner's Office for the assistance of the family, interested persons and the press. It is not a transcript of proceedings. The Record of Inquest is the formal document.

1. BACKGROUND

Mr Whitcombe was a keen mountaineer who had summited Cho Oyu (8,188 metres) in 2022 and Aconcagua (6,961 metres) in 2019. In August 2024 he joined a commercial expedition to Manaslu (8,163 metres), the eighth-highest mountain in the world, organised by Summit Meridian Expeditions Ltd, a company based in Ambleside. The expedition comprised nine paying clients and twelve Sherpa guides. It was led by Mr Callum Reddaway, expedition leader, and the climbing team on the mountain was directed by the sirdar, Mr Mingma Tenzing Sherpa.

Base camp was established at 4,800 metres on Monday 26 August 2024. The team then followed a programme of acclimatisation rotations to Camp 1 (5,700 metres), Camp 2 (6,400 metres) and Camp 3 (6,800 metres) before moving to Camp 4 at 7,450 metres on Wednesday 25 September 2024.

2. TIMELINE OF THE SUMMIT ATTEMPT

The Court heard the following sequence of events, drawn from the expedition radio log and the evidence of witnesses. All times are Nepal Time.

Thursday 26 September 2024
01:30  The summit team of six clients and seven Sherpa guides left Camp 4. Each client was using supplementary oxygen at a flow rate of 2 litres per minute. The agreed turnaround time was 11:00.
10:40  At approximately 7,900 metres Mr Whitcombe was observed by Mr Mingma Tenzing Sherpa to be unsteady on his feet and slow to answer questions.
10:55  Mr Mingma Tenzing Sherpa turned Mr Whitcombe back and began the descent with him, together with a second guide, Mr Dawa Nuru Sherpa.
11:20  Mr Whitcombe was given an 8 mg intramuscular injection of dexamethasone on the instruction of Mr Reddaway, who was at Camp 2 and in radio contact.
16:45  Mr Whitcombe reached Camp 4. His oxygen flow was increased from 2 to 4 litres per minute.

Friday 27 September 2024
02:00  Mr Whitcombe's oxygen saturation, measured by pulse oximeter, had fallen from 71% to 58%.
05:15  A request for helicopter evacuation was made to Kathmandu. Winds of 60 km/h and low cloud at Camp 4 prevented any flight.
06:10  Mr Whitcombe was pronounced dead at Camp 4.

Weather at Camp 4 on the night of 26 to 27 September was recorded as minus 28 degrees Celsius with winds gusting to 60 km/h.

Mr Whitcombe's body was recovered from Camp 4 on Wednesday 2 October 2024 and repatriated to the United Kingdom on Wednesday 9 October 2024.

3. MEDICAL EVIDENCE

A post-mortem examination was carried out at the Royal Lancaster Infirmary by Dr Lakshmi Rao, consultant pathologist. Dr Rao gave the medical cause of death as:

1a  High altitude cerebral oedema
1b  Hypoxia at extreme altitude

Dr Rao found no evidence of high altitude pulmonary oedema and no injury from a fall. Toxicology was negative for alcohol and for any drug other than dexamethasone.

The Court also heard from Dr Simon Achterberg, consultant in high-altitude medicine at the University Hospitals of Morecambe Bay, who reviewed the expedition records at the Coroner's request. He told the Court: "The decision to turn Mr Whitcombe around was the right one, and it was taken promptly. Cerebral oedema at that height can progress within hours, whatever is done."

4. EVIDENCE OF THE EXPEDITION

Mr Reddaway told the Court that Mr Whitcombe had "acclimatised as well as anyone in the team" and had shown no symptoms at Camp 3. He said: "Tom was strong, he was methodical, and he never once argued about a turnaround time."

Mr Mingma Tenzing Sherpa, giving evidence by video link from Kathmandu through an interpreter, said that he had climbed Manaslu eleven times. He told the Court: "When he could not tell me the name of the camp, I knew we had to go down."

Ms Fiona Brackenbury, managing director of Summit Meridian Expeditions Ltd, told the Court that the company had followed its own turnaround procedure and that its written risk assessment for the expedition was dated 12 July 2024.

5. FINDINGS AND CONCLUSION

The Coroner found that Mr Whitcombe died of high altitude cerebral oedema, with hypoxia at extreme altitude as an underlying cause, during a voluntary and lawful mountaineering activity. She found that Summit Meridian Expeditions Ltd had followed its own turnaround procedure and that the guides had acted promptly.

The Coroner recorded a conclusion of misadventure.

In her closing remarks the Coroner said: "Mr Whitcombe was an experienced and careful mountaineer who was let down by nothing more than the mountain itself." She said that she did not intend to issue a Report to Prevent Future Deaths, as she had identified no matter giving rise to concern.

The Coroner extended her condolences to Mr Whitcombe's family.

Enquiries: Coroner's Office, Cockermouth. Telephone 01900 706902. Press enquiries should quote the case reference above.
`;

const STATEMENT = `<!DOCTYPE html>
<html lang="en-GB">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>Statement following the inquest into the death of Tom Whitcombe | Summit Meridian Expeditions</title>
  <meta name="description" content="Statement from Summit Meridian Expeditions Ltd following the inquest into the death of Tom Whitcombe on Manaslu.">
  <link rel="stylesheet" href="/assets/css/main.css">
</head>
<body>
  <header class="site-header">
    <a class="logo" href="/">Summit Meridian Expeditions</a>
    <nav class="main-nav" aria-label="Main">
      <ul>
        <li><a href="/expeditions/">Expeditions</a></li>
        <li><a href="/8000m/">8,000m Peaks</a></li>
        <li><a href="/training/">Training</a></li>
        <li><a href="/safety/">Safety</a></li>
        <li><a href="/about/">About us</a></li>
        <li><a href="/news/" aria-current="page">News</a></li>
        <li><a href="/contact/">Contact</a></li>
      </ul>
    </nav>
  </header>

  <main>
    <nav class="breadcrumb" aria-label="Breadcrumb">
      <a href="/">Home</a> &rsaquo; <a href="/news/">News</a> &rsaquo; Statement following the inquest
    </nav>

    <article class="news-item">
      <h1>Statement following the inquest into the death of Tom Whitcombe</h1>
      <p class="meta">Published Wednesday 11 June 2025 &middot; Ambleside, Cumbria</p>

      <p>Yesterday, Tuesday 10 June 2025, the Area Coroner for Cumbria, Ms Harriet Lomax, concluded the inquest into the death of our client and friend Tom Whitcombe, who died on Manaslu on Friday 27 September 2024. The Coroner recorded a conclusion of misadventure and found that our team had followed its turnaround procedure.</p>

      <p>Ms Fiona Brackenbury, managing director of Summit Meridian Expeditions, said:</p>

      <blockquote>
        <p>&ldquo;Everyone at Summit Meridian is heartbroken by the loss of Tom. He was a thoughtful, generous climber and a joy to have in the team. Our thoughts remain with his family, who have shown extraordinary dignity throughout.&rdquo;</p>
        <p>&ldquo;We welcome the Coroner&rsquo;s findings. Our guides did exactly what we train them to do, and they did it in the most difficult conditions imaginable.&rdquo;</p>
      </blockquote>

      <h2>About the 2024 Manaslu expedition</h2>

      <p>The autumn 2024 expedition was Summit Meridian&rsquo;s 14th expedition to Manaslu since the company was founded in 2009. It was led by our expedition leader, Callum Reddaway, with Mingma Tenzing Sherpa as sirdar. The team comprised nine clients and twelve Sherpa guides, and the expedition fee was &pound;38,500 per client, including all supplementary oxygen.</p>

      <p>Tom&rsquo;s death was the first client fatality in the company&rsquo;s 15-year history. Three other clients from the same expedition reached the summit of Manaslu on Thursday 26 September 2024, as did four of our Sherpa guides.</p>

      <p>Our head of safety, Dr Nicola Ferrand, said: &ldquo;Every summit day has a turnaround time, and every guide has the authority to send a client down. On 26 September that system worked as it was designed to.&rdquo;</p>

      <p>Callum Reddaway, who has led expeditions for Summit Meridian since 2013, said: &ldquo;Tom climbed with us on Cho Oyu in 2022 and we were delighted when he came back for Manaslu. He was one of the best-prepared clients I have ever guided. Mingma and Dawa brought him down through the worst of the afternoon, and I will always be grateful to them.&rdquo;</p>

      <h2>What we are doing</h2>

      <ul>
        <li>We have commissioned an independent review of our high-altitude medical protocols, led by Dr Nicola Ferrand and due to report by 30 September 2025.</li>
        <li>From spring 2026, every summit team will carry a portable hyperbaric chamber above Camp 3.</li>
        <li>We have increased the oxygen allocation per client on 8,000-metre peaks from 5 to 7 cylinders.</li>
        <li>We have established the Tom Whitcombe Fund, to which the company has contributed &pound;25,000, to support mountain rescue teams in Cumbria and in Nepal.</li>
      </ul>

      <h2>Questions and answers</h2>

      <dl class="faq">
        <dt>Why was a helicopter not sent?</dt>
        <dd>A request for helicopter evacuation was made at 05:15 on 27 September. Winds of 60 km/h and low cloud at Camp 4 (7,450 metres) meant that no operator could fly that morning.</dd>

        <dt>Was Tom using supplementary oxygen?</dt>
        <dd>Yes. All clients climbed on oxygen from Camp 3 upwards. Tom&rsquo;s flow rate was increased to 4 litres per minute when he returned to Camp 4.</dd>

        <dt>Will Summit Meridian continue to run expeditions to Manaslu?</dt>
        <dd>Yes. Our autumn 2025 Manaslu expedition will go ahead, with the additional measures set out above.</dd>

        <dt>Who can I contact?</dt>
        <dd>Media enquiries: Jonathan Pell, communications manager, press@summitmeridian.co.uk, 015394 33817.</dd>
      </dl>

      <h2>Our climbing team</h2>

      <p>Summit Meridian employs six full-time guides in the United Kingdom and works with a team of 40 Sherpa guides through our partner agency in Kathmandu, Himal Ascent Treks. Mingma Tenzing Sherpa has worked with us since 2011 and has climbed Manaslu eleven times. Dawa Nuru Sherpa joined us in 2018.</p>

      <p class="note">Tom&rsquo;s family have asked for privacy and do not wish to be contacted by the media.</p>
    </article>

    <aside class="related">
      <h2>Related</h2>
      <ul>
        <li><a href="/news/2024/09/manaslu-update/">Manaslu 2024: expedition update (28 September 2024)</a></li>
        <li><a href="/safety/">Our approach to safety</a></li>
      </ul>
    </aside>
  </main>

  <footer class="site-footer">
    <p>Summit Meridian Expeditions Ltd, 4 Compston Road, Ambleside, Cumbria LA22 9DJ</p>
    <p>Registered in England and Wales, company number 06893142. ATOL protected 11482. Member of the British Mountaineering Council.</p>
    <p><a href="/privacy/">Privacy</a> &middot; <a href="/terms/">Booking terms</a> &middot; <a href="/cookies/">Cookies</a></p>
    <p>&copy; 2025 Summit Meridian Expeditions Ltd. All rights reserved.</p>
  </footer>
</body>
</html>
`;

const files = { 'coroner-inquest-summary.txt': SUMMARY, 'summit-meridian-statement.html': STATEMENT };

describe("an expedition death: the inquest summary and the company's statement, with the product's word vectors", () => {
  withProductWordVectors();

  test('a claim whose only missing words are its verified quote\'s is supported', async () => {
    const report = await checkAgainst(files, '# Inquest\n\nSummit Meridian\'s managing director, Fiona Brackenbury, said everyone at the company was "heartbroken by the loss of Tom".\n');
    // Was unsupported: "No source states “heartbroken” and “loss”" (the quote's passage ranked below the inquest's),
    // and the speaker, in apposition before "said" without a colon, was not read.
    assert.deepEqual(report.findings.map((f) => f.message), []);
    assert.equal(report.claims[0].verdict, 'supported');
    const wrong = await checkAgainst(files, '# Inquest\n\nMr Reddaway said: "Our guides did exactly what we train them to do, and they did it in the most difficult conditions imaginable."\n');
    assert.deepEqual(wrong.findings.map((f) => f.message.replace(/ \(.*$/, '')), ['These words were said by Ms Fiona Brackenbury, not Mr Reddaway']);
  });
});
