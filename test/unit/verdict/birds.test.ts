/**
 * A national bird survey: the survey's annual report (Markdown, a table of trends) and a conservation charity's
 * press release (HTML). A date goes with the figure nearest it ("fallen by 94% since 1999 and was found on just 61
 * squares last year": 1999 dates the 94%, not the 61); an acronym the source defines is stated ("the Department for
 * Environment, Food and Rural Affairs (Defra)"). The sources are written for these tests (from a helper's draft);
 * the charity and people are invented.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { checkAgainst, expectVerdictWith, workspaceIndex } from './sources';
import { withProductWordVectors } from './productVectors';

const REPORT = `# The National Breeding Bird Survey: Annual Report 2024

**Published by the British Trust for Ornithology (BTO), on behalf of the National Breeding Bird Survey Partnership**
**Report date: Thursday 12 June 2025**
**Lead author: Dr Helen Marsh, Head of Monitoring, BTO**

## Summary

The National Breeding Bird Survey (NBBS) is the main scheme for monitoring the population trends of common breeding birds across the United Kingdom. It is run as a partnership between the British Trust for Ornithology, the Joint Nature Conservation Committee (JNCC) and the Royal Society for the Protection of Birds (RSPB).

In 2024, 3,214 volunteers surveyed 4,102 randomly selected 1-km squares, the highest coverage since the scheme began in 1994. This compares with 2,987 volunteers and 3,856 squares in 2023. Volunteers recorded a total of 1,186,450 individual birds of 224 species.

Of the 118 species for which robust UK trends can be calculated, 51 showed a significant decline over the 25-year period from 1999 to 2024, while 37 showed a significant increase. The remaining 30 species showed no significant change.

## Methods

Each volunteer makes two early-morning visits to their square, the first between early April and mid-May and the second between mid-May and the end of June, at least four weeks apart. Visits usually begin between 6am and 7am. Birds are counted along two parallel 1-km transects, each divided into five 200-metre sections.

Squares are selected at random within regions, so that the survey covers farmland, woodland, uplands and urban areas in proportion to their extent. No squares were surveyed in the Channel Islands or the Isle of Man, which fall outside the scheme.

Trends are calculated using a log-linear model weighted by regional survey effort. Trends are reported only for species recorded on an average of at least 30 squares per year.

## Funding

The survey cost £1.42 million to run in 2024. JNCC contributed £610,000, the RSPB contributed £295,000 and the BTO funded the remainder from its own members and donors. Volunteer time, if costed at the national living wage, would be worth an estimated £3.9 million a year.

## Headline species trends

The table below shows UK population change for selected species. Asterisks mark species on the Birds of Conservation Concern Red List.

| Species | Change 2014–2024 (10 years) | Change 1999–2024 (25 years) |
|---|---|---|
| Turtle dove* | -58% | -94% |
| Willow tit* | -41% | -89% |
| Curlew* | -22% | -51% |
| Swift* | -31% | -66% |
| Starling* | -9% | -53% |
| Greenfinch* | -64% | -71% |
| Cuckoo* | +6% | -37% |
| Skylark* | -4% | -19% |
| Blackbird | +2% | +15% |
| Wren | -11% | +8% |
| Goldfinch | +17% | +143% |
| Red kite | +84% | +1,142% |
| Little egret | +52% | +311% |
| Blackcap | +24% | +146% |

### Declines

The turtle dove remains the UK's fastest-declining breeding bird, with a fall of 94% since 1999. It was recorded on only 61 squares in 2024, compared with 402 squares in 1999. Dr Marsh said: "The turtle dove is now close to disappearing as a breeding bird from much of England. We recorded it in no Scottish or Welsh squares at all this year."

The greenfinch decline has been driven largely by trichomonosis, a parasitic disease spread at garden feeders. The 10-year decline of 64% is steeper than the 25-year figure suggests, because greenfinch numbers rose in the early 2000s before the disease emerged in 2005.

The swift fell by 31% over the last decade. Unlike the starling, whose decline has slowed since 2014, the swift's decline has accelerated. Swifts depend on cavities in buildings, many of which are lost when roofs are renovated.

The curlew declined by 51% over 25 years. The steepest losses were in Wales and Northern Ireland, where the breeding population fell by more than two-thirds.

### Increases

The red kite showed the largest increase of any species, growing by 1,142% since 1999 following reintroduction programmes in the Chilterns, the Black Isle and Gateshead. The little egret, which first bred in the UK in 1996 at Brownsea Island in Dorset, increased by 311%.

The blackcap increased by 146% over 25 years. Part of this rise reflects birds from central Europe that now spend the winter in British gardens, though the NBBS counts only breeding birds.

### Species showing recovery

The cuckoo increased by 6% over the last decade, the first sustained short-term increase recorded for the species, although it remains 37% below its 1999 level. Dr Marsh cautioned: "One good decade does not make a recovery. The cuckoo is still far scarcer than it was when the survey began."

## Regional results

England recorded the largest number of significant declines, with 44 species declining over 25 years. Scotland recorded 19 significant declines and Wales 23. Northern Ireland had the fewest surveyed squares, at 212, and trends were calculated for only 46 species there.

## Weather

Spring 2024 was the wettest in England since 1986, according to the Met Office. Dr Marsh noted that the wet conditions did not appear to reduce volunteer effort: "Our volunteers went out in weather that would have kept most people indoors. Fewer than 2% of planned visits were cancelled."

## Acknowledgements

The NBBS Partnership thanks every volunteer who took part, and the 81 Regional Organisers who allocate squares and check records. Data for 2025 should be submitted online by Tuesday 30 September 2025.

*Citation: Marsh, H., Okafor, D. & Lindqvist, S. (2025). The National Breeding Bird Survey 2024. BTO Research Report 781. British Trust for Ornithology, Thetford.*
`;

const RELEASE = `<!DOCTYPE html>
<html lang="en-GB">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>Press release: Survey shows half of Britain's red-listed birds still falling | Songbird Trust</title>
  <link rel="stylesheet" href="/assets/css/main.css">
  <meta name="description" content="The Songbird Trust responds to the National Breeding Bird Survey 2024 results.">
</head>
<body>
  <header class="site-header">
    <a class="logo" href="/"><img src="/assets/img/songbird-trust-logo.svg" alt="Songbird Trust"></a>
    <nav class="main-nav" aria-label="Main">
      <ul>
        <li><a href="/about/">About us</a></li>
        <li><a href="/our-work/">Our work</a></li>
        <li><a href="/reserves/">Nature reserves</a></li>
        <li><a href="/news/" aria-current="page">News</a></li>
        <li><a href="/get-involved/">Get involved</a></li>
        <li><a class="button" href="/donate/">Donate</a></li>
      </ul>
    </nav>
  </header>

  <nav class="breadcrumb" aria-label="Breadcrumb">
    <a href="/">Home</a> &rsaquo; <a href="/news/">News</a> &rsaquo; <span>Press releases</span>
  </nav>

  <main id="content">
    <article class="press-release">
      <p class="embargo"><strong>EMBARGOED until 00:01 BST, Thursday 12 June 2025</strong></p>
      <h1>Survey shows half of Britain's red-listed birds still falling, as charity calls for £50 million "swift and farmland fund"</h1>
      <p class="dateline">Published 11 June 2025 &middot; Press office</p>

      <p>The Songbird Trust today warned that the UK's most threatened birds are continuing to disappear from the countryside, after the National Breeding Bird Survey 2024 showed that the turtle dove has declined by 94% and the willow tit by 89% since 1999.</p>

      <p>The charity, which has 48,000 members and manages 17 nature reserves across England and Wales, is calling on the UK Government to create a £50 million "swift and farmland fund" over five years to pay farmers and builders to provide nesting and feeding habitat.</p>

      <p>Margaret Oduya, Director of the Songbird Trust, said: "These figures should shock anyone who remembers hearing turtle doves purring in an English summer. We are losing birds that our grandparents took for granted, and we are losing them on our watch."</p>

      <p>"The good news is that we know what works. Where farmers have left wildflower margins and winter stubbles, turtle doves and skylarks have held on. What is missing is not knowledge but money."</p>

      <h2>Swifts in trouble</h2>

      <p>The trust highlighted the swift, which fell by 31% over the last ten years, as a species that could be helped quickly and cheaply. A swift brick, built into the wall of a new house, costs about £35. The trust wants swift bricks made mandatory in all new homes in England, a measure the Government did not include in its 2024 planning reforms.</p>

      <p>The trust's own Swift Street project in Norwich has installed 1,250 swift bricks and boxes since 2019, and volunteers counted 312 occupied nests there last summer, up from 74 in 2020.</p>

      <h2>Volunteers at the heart of the survey</h2>

      <p>The trust pointed out that the survey depends entirely on volunteers, more than 3,200 of whom took part in 2024. One of them, retired teacher Colin Breward, has surveyed the same square near Castle Acre in Norfolk every spring since 2002.</p>

      <p>"I set my alarm for half past four, and I'm on the square by a quarter to six," said Mr Breward, 71. "In twenty-two years I have never once heard a turtle dove on my square. My father heard them every summer in the same fields."</p>

      <p>"But I had my first red kite over the farm in 2019, and this year there were three. So it isn't all bad news."</p>

      <h2>Greenfinch and garden feeders</h2>

      <p>The trust urged people who feed garden birds to clean feeders and bird baths at least once a week, after the survey confirmed the greenfinch had declined by 64% in a decade because of the disease trichomonosis. Ms Oduya said the charity had not called for people to stop feeding birds altogether: "Feeding is fine. Dirty feeders are the problem."</p>

      <h2>A call to government</h2>

      <p>The Songbird Trust will present a petition signed by 112,000 people to the Department for Environment, Food and Rural Affairs (Defra) on Wednesday 25 June. The petition calls for the swift and farmland fund and for the Government to meet its legal target to halt the decline of species abundance by 2030.</p>

      <p>Dr Rajesh Kapoor, the trust's Head of Science, said that the survey showed the problem was not confined to rare birds. "The starling and the skylark are Red-listed now. These were once among the commonest birds in the country. When common birds decline, that tells you something is wrong with the whole landscape."</p>

      <p>Dr Kapoor added that the trust's analysis found that farmland birds had fared worse than woodland birds over 25 years, with the average farmland species down by 28% and the average woodland species down by 9%.</p>

      <h2>Notes to editors</h2>
      <ul>
        <li>The National Breeding Bird Survey is run by the BTO, JNCC and RSPB. The Songbird Trust is not a partner in the survey, and its comments are based on the published report.</li>
        <li>The Songbird Trust is a registered charity (No. 1098765), founded in 1987 and based in Norwich.</li>
        <li>Interviews with Margaret Oduya, Dr Rajesh Kapoor and Colin Breward are available on request. Photographs of the Swift Street project are available for use with credit.</li>
        <li>Media contact: Tom Ashworth, Press Officer, 01603 555 0192, press@songbirdtrust.org.uk</li>
      </ul>
    </article>
  </main>

  <aside class="newsletter-signup">
    <h2>Get our e-news</h2>
    <form action="/subscribe" method="post">
      <label for="email">Email address</label>
      <input type="email" id="email" name="email">
      <button type="submit">Sign up</button>
    </form>
  </aside>

  <footer class="site-footer">
    <ul class="footer-links">
      <li><a href="/privacy/">Privacy policy</a></li>
      <li><a href="/cookies/">Cookies</a></li>
      <li><a href="/accessibility/">Accessibility</a></li>
      <li><a href="/contact/">Contact us</a></li>
    </ul>
    <p>&copy; 2025 Songbird Trust. Registered charity in England and Wales No. 1098765. Registered office: 4 Tombland, Norwich NR3 1HE.</p>
  </footer>
</body>
</html>
`;

const files = { 'breeding-bird-survey-2024-report.md': REPORT, 'songbird-trust-press-release.html': RELEASE };

describe('a bird survey\'s report and a charity\'s release, with the product\'s word vectors', () => {
  withProductWordVectors();

  test('a date goes with the figure nearest it', async () => {
    const verdict = expectVerdictWith(await workspaceIndex(files));
    // Was contradicted: 1999 / 2024.
    verdict('supported', 'The turtle dove has fallen by 94% since 1999 and was found on just 61 squares last year, down from 402 in 1999.');
    verdict('contradicted', 'The turtle dove was found on just 61 squares in 1999, down from 402 in 2024.');
  });

  test('an acronym the source defines', async () => {
    const verdict = expectVerdictWith(await workspaceIndex(files));
    // Was contradicted: Defra / Department.
    verdict('supported', 'The charity will hand a petition signed by 112,000 people to Defra on Wednesday 25 June.');
    verdict('contradicted', 'The charity will hand a petition signed by 112,000 people to Defra on Thursday 25 June.');
  });

  test('"Dr Helen Marsh of the BTO said" is Dr Marsh speaking, not the BTO', async () => {
    // Was two errors: "These words were said by Dr Marsh, not BTO" and "The source gives Marsh, not BTO".
    const right = await checkAgainst(files, '# Birds\n\nDr Helen Marsh of the BTO said the turtle dove was "close to disappearing as a breeding bird from much of England".\n\nDr Helen Marsh of the BTO said: "The turtle dove is now close to disappearing as a breeding bird from much of England."\n');
    assert.deepEqual(right.findings.filter((f) => f.severity === 'error').map((f) => f.message), []);
    const wrong = await checkAgainst(files, '# Birds\n\nMargaret Oduya of the Songbird Trust said: "The turtle dove is now close to disappearing as a breeding bird from much of England."\n');
    const messages = wrong.findings.filter((f) => f.code === 'misattributed-quote').map((f) => f.message);
    assert.equal(messages.length, 1, messages.join('\n'));
    assert.match(messages[0], /said by Dr Marsh, not Margaret Oduya/);
  });

  test('"fared better than woodland birds" / "fared worse"', async () => {
    const verdict = expectVerdictWith(await workspaceIndex(files));
    // Was supported.
    verdict('contradicted', 'Dr Kapoor said farmland birds had fared better than woodland birds over 25 years.', [['better', 'worse']]);
    verdict('supported', 'Dr Kapoor said farmland birds had fared worse than woodland birds over 25 years.');
  });
});
