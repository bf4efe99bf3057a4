/**
 * An auction house's results release, against a writer's draft: a figure changed in a sentence the claim copies,
 * when the sentence before gives the claim's figure for something else ("By value, the sell-through rate was 90
 * per cent" / "a sell-through rate of 90 per cent by lot. By value, the sell-through rate was 96 per cent."), and
 * "centimetres" for "cm". The release is written for these tests (from a helper's draft); the sale is invented.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { expectVerdictWith, judgeWith, workspaceIndex } from './sources';
import { withProductWordVectors } from './productVectors';

const RELEASE = `# Halloran & Voss — Results: Modern British Evening Sale, London

**For immediate release — London, 14 November 2024**

Halloran & Voss is pleased to announce the results of its Modern British Evening Sale, held last night at the company's King Street saleroom in London.

## Top lot: Edith Marlowe's "The Harbour at Penmarric"

The highest price of the evening was achieved by Edith Marlowe's "The Harbour at Penmarric", which sold for a hammer price of £9,800,000. With the buyer's premium, the final price was £11,520,000 (approximately $14,600,000). The painting had been estimated at £6,000,000 to £8,000,000.

The result sets a new auction record for the artist. The previous record for a work by Marlowe was £5,350,000, paid in 2019 for "Gulls over Lamorna", which was sold by the estate of the collector Arthur Penhaligon.

Bidding on the lot opened at £4,500,000 and lasted 17 minutes. Six bidders competed for the work, two in the room and four on the telephone. The painting was bought by a private collector from Asia bidding by telephone through Clara Benedetti, the house's deputy chairman for Asia.

## About the work

"The Harbour at Penmarric" was painted in 1931, the year Marlowe moved to Cornwall, and is widely regarded as the central work of her Cornish period. The oil on canvas measures 102 by 127 cm and is signed and dated lower right.

The painting has not appeared on the market for more than half a century. Its provenance is as follows:

- Acquired directly from the artist in 1933 by Sir Lionel Ashcombe, the shipping magnate and an early patron of Marlowe.
- By descent to his daughter, Lady Margaret Ashcombe, in 1948.
- Sold by Lady Margaret Ashcombe to Henry and Rosalind Tremayne in 1967.
- By descent in the Tremayne family until the present sale.

The painting was exhibited at the Tate Gallery in 1976 and again at the Royal Academy in 1998 as part of the retrospective "Edith Marlowe: Light and Water".

## Other lots

Several other works exceeded their high estimates during the evening.

- Lot 12, "Sunday Morning, Hampstead" by Walter Greaves-Hunt (1952), sold for £2,150,000 with fees against an estimate of £1,200,000 to £1,800,000.
- Lot 19, "Still Life with Lemons" by Dora Keating (1938), sold for £1,340,000 with fees, a record for the artist.
- Lot 27, a bronze figure, "Reclining Swimmer" by Thomas Ansell (1961), sold for £890,000 with fees.
- Lot 8, a second work by Edith Marlowe, the gouache "Study for Penmarric" (1930), sold for £412,000 with fees against an estimate of £150,000 to £250,000.

## Sale totals

The sale totalled £38,600,000 (approximately $48,900,000) with fees, against a pre-sale low estimate of £29,000,000. Of the 42 lots offered, 38 were sold, a sell-through rate of 90 per cent by lot. By value, the sell-through rate was 96 per cent.

Bidders from 27 countries took part in the sale, and 18 per cent of registered bidders were new to Halloran & Voss.

## Comment

James Whitcombe, chairman of Modern British Art at Halloran & Voss, said: "Tonight's result for 'The Harbour at Penmarric' shows the strength of demand for the very best of Modern British painting. We are grateful to the Tremayne family for entrusting us with this masterpiece."

## Notes to editors

Prices with fees include the buyer's premium and are calculated according to the sale's published terms. Estimates do not include the buyer's premium. Dollar figures are given for guidance only and were converted at the exchange rate on the day of the sale, £1 to $1.267.

The next Modern British sale at Halloran & Voss will take place in London on 19 March 2025.

**Press contact:** Sophie Lindqvist, Press Office, Halloran & Voss, press@halloranvoss.example
`;

describe('an auction\'s results release, with the product\'s word vectors', () => {
  withProductWordVectors();

  test('a figure changed in a copied sentence, when the sentence before has the claim\'s figure for another measure', async () => {
    const verdict = expectVerdictWith(await workspaceIndex({ 'results-release.md': RELEASE }));
    verdict('supported', 'By value, the sell-through rate was 96 per cent.');
    verdict('contradicted', 'By value, the sell-through rate was 90 per cent.', [['90 per cent', '96 per cent']]);
    verdict('contradicted', 'Of the 42 lots offered, 38 were sold, a sell-through rate of 96 per cent by lot.', [['96 per cent', '90 per cent']]);
  });

  test('"centimetres" is "cm"', async () => {
    const verdict = expectVerdictWith(await workspaceIndex({ 'results-release.md': RELEASE }));
    verdict('supported', 'The oil on canvas measures 102 by 127 centimetres.');
    verdict('contradicted', 'The oil on canvas measures 102 by 172 centimetres.', [['172 centimetres', '127 cm']]);
  });

  test('"£37.167m" finds the passage with "£37,167,000" among sixty alike', async () => {
    const names = ['Whitcombe', 'Ashworth', 'Benedetti', 'Marlowe', 'Greaves', 'Keating', 'Ansell', 'Tremayne', 'Hale', 'Penhaligon'];
    const lines = Array.from({ length: 60 }, (_, i) => `At the ${names[i % 10]} rooms sale number ${i + 1}, the top lot sold for £${(1_000_000 + i * 613_000).toLocaleString('en-GB')}.`);
    const judge = judgeWith(await workspaceIndex({ 'results.md': `# Autumn sales: results by house\n\n${lines.join('\n\n')}\n` }));
    const r = judge('The top lot sold for £37.167m.');
    assert.notEqual(r.verdict, 'contradicted', JSON.stringify(r.conflicts));
    assert.match(r.evidence[0].document.text.slice(r.evidence[0].passage.span.start, r.evidence[0].passage.span.end), /£37,167,000/);
  });
});
