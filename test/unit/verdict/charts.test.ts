/**
 * A weekly singles chart (with its Top 10 table), against a writer's draft: a chart's "NEW" cell is no row's label,
 * so "the week's highest new entry" names no row of another new entry; a chart place ("number three", "Number 5")
 * is compared with places only, and the neighbouring sentence's place for another song is not this one's. The source is written for these tests (from
 * a helper's draft); the artists are invented.
 */
import { describe, test } from 'node:test';
import { expectVerdictWith, workspaceIndex } from './sources';
import { withProductWordVectors } from './productVectors';

const CHART = `# Official Singles Chart Update — Week Ending 22 August 2024

**From:** Northline Chart Company, Press Office
**Embargoed until:** Friday 23 August 2024, 17:45 BST
**Contact:** Priya Walcott, Head of Chart Communications

Marisol Vance has claimed a fourth consecutive week at Number 1 on the Official Singles Chart with "Glasshouse", the lead single from her second album *Tidewater Hymns*. The track recorded 71,300 chart units this week, of which 64,900 came from streaming, equivalent to roughly 8.1 million streams.

"Four weeks at the summit is a rare feat for a British solo artist in this decade," said Priya Walcott, Head of Chart Communications at Northline. "Glasshouse has been the most-streamed song in the country every single day since it was released."

The biggest climber in the Top 10 is "Paper Satellites" by Kestrel Bay featuring Olu Adeyemi, which rises three places to Number 2 after the band performed it on the closing night of the Harrow Fields festival. It earned 52,100 units, up 18 per cent on last week.

Falling one place to Number 3 is "Cold Engine" by rapper Dez Mallory, which spent two weeks at Number 1 in July. Former chart-topper "Lanterns" by The Holloway Sisters drops two places to Number 5.

The highest new entry of the week belongs to Juno Farrell, whose single "Velvet Alarm" debuts at Number 4 with 44,800 units. It is Farrell's first Top 10 hit and arrives ahead of her debut album *Static Bloom*, due on 13 September on Brightwater Records.

Also new this week is "Halfway Lit" by Theo Brannigan, which enters at Number 9. A second track from *Tidewater Hymns*, "Saltmarsh", climbs eleven places to Number 14 as fans stream the album in full.

## Top 10 — Week Ending 22 August 2024

| Pos | Last Week | Title | Artist | Label | Weeks on Chart | Chart Units |
|-----|-----------|-------|--------|-------|----------------|-------------|
| 1 | 1 | Glasshouse | Marisol Vance | Brightwater Records | 7 | 71,300 |
| 2 | 5 | Paper Satellites | Kestrel Bay ft. Olu Adeyemi | Fenwick Sound | 9 | 52,100 |
| 3 | 2 | Cold Engine | Dez Mallory | Redline Music | 11 | 47,600 |
| 4 | NEW | Velvet Alarm | Juno Farrell | Brightwater Records | 1 | 44,800 |
| 5 | 3 | Lanterns | The Holloway Sisters | Oakridge | 14 | 39,200 |
| 6 | 4 | Run the Static | Dez Mallory ft. Kiana Roe | Redline Music | 7 | 35,500 |
| 7 | 8 | Somewhere in Leeds | Callum Prest | Fenwick Sound | 18 | 31,900 |
| 8 | 6 | Bright Little Lies | Nadia Orme | Oakridge | 10 | 30,400 |
| 9 | NEW | Halfway Lit | Theo Brannigan | Redline Music | 1 | 28,700 |
| 10 | 7 | Afterglow Avenue | Kestrel Bay | Fenwick Sound | 22 | 27,100 |

## Albums

On the Official Albums Chart, *Tidewater Hymns* holds at Number 1 for a third week with 29,600 units, including 6,200 vinyl copies. Dez Mallory's *Concrete Psalms* is at Number 2, while Kestrel Bay's *Night Ferry* rebounds seven places to Number 6.

Physical sales of *Tidewater Hymns* have now passed 110,000 copies since its release on 26 July, making it the fastest-selling second album by a female artist since records began at Northline in nineteen ninety-four.

The full Top 100 will be published on the Northline website at 18:00 on Friday. Next week's chart will be announced on Friday 30 August.
`;

describe('a weekly singles chart, with the product\'s word vectors', () => {
  withProductWordVectors();

  test('a chart place the sentence before gives for another song: "drops two places to Number 5" after "Falling one place to Number 3 is …"', async () => {
    const verdict = expectVerdictWith(await workspaceIndex({ 'chart_week34.md': CHART }));
    verdict('supported', '"Lanterns" by The Holloway Sisters drops two places to number five.');
    verdict('contradicted', '"Lanterns" by The Holloway Sisters is at number three this week.', [['three', '5']]);
    verdict('contradicted', '"Lanterns" by The Holloway Sisters is at number 3.', [['3', '5']]);
  });

  test('"new entry" names no row by its "NEW" cell', async () => {
    const verdict = expectVerdictWith(await workspaceIndex({ 'chart_week34.md': CHART }));
    verdict('supported', 'Juno Farrell\'s "Velvet Alarm" is the week\'s highest new entry, debuting at number four with 44,800 units.');
    verdict('contradicted', 'Juno Farrell\'s "Velvet Alarm" is the week\'s highest new entry, debuting at number four with 48,400 units.');
  });
});
