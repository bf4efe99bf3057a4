/**
 * A competition regulator's decision notice, against a writer's draft: "blocking" in the place of "clearing".
 * The notice is written for these tests (from a helper's draft); the bodies and people are invented.
 */
import { describe, test } from 'node:test';
import { expectVerdictWith, workspaceIndex } from './sources';
import { withProductWordVectors } from './productVectors';

const NOTICE = `# Competition Authority blocks Harbury Foods takeover of Pennant Stores unless remedies are met

**Press notice — Competition and Markets Board**
**Issued: 14 November 2024**
**For immediate release**

The Competition and Markets Board (CMB) has today concluded its in-depth investigation into the proposed acquisition of Pennant Stores Ltd by Harbury Foods plc and found that the deal, as originally structured, would lead to a substantial lessening of competition in grocery retailing in 212 local areas across England and Wales.

The CMB has decided to clear the £2.4 billion transaction only on condition that Harbury Foods sells 187 stores and two distribution centres to an approved buyer. If the divestment is not agreed, the merger will be blocked.

## Background

Harbury Foods, the country's fourth-largest supermarket group, announced its agreement to buy Pennant Stores on 3 March 2024. Pennant operates 640 convenience and mid-sized supermarkets, mainly in the Midlands and the North West of England.

The CMB opened its phase 1 investigation on 22 April 2024. On 18 June 2024 the Board found that the deal raised competition concerns and, after Harbury declined to offer undertakings at that stage, referred the merger for a phase 2 investigation, which began on 2 July 2024.

## Findings

The phase 2 inquiry group found that the combined business would have a share of supply of around 34% in the areas of overlap, compared with 19% for Harbury Foods alone and 15% for Pennant Stores alone. In 58 of the 212 affected local areas, the merged group would hold a share above 50%.

The inquiry group estimated that around 3.1 million customers shop regularly at stores in the affected areas. Its analysis indicated that prices in those areas could rise by between 2% and 4% within two years of completion if the deal went ahead unchanged.

The inquiry group also found that Pennant had been an important competitive constraint on Harbury in the discount convenience segment, where Pennant's own-label range was priced on average 6% below Harbury's equivalent products.

## Remedies

To address these concerns, Harbury Foods must:

- sell 187 Pennant or Harbury stores in the affected local areas to a single buyer, or to no more than two buyers, approved by the CMB;
- sell Pennant's distribution centres at Rugeley and Warrington together with the store package;
- maintain the stores as independent and competitive businesses until the sale is complete.

Harbury must enter into binding agreements with an approved buyer by 31 March 2025. The sale must be completed by 30 June 2025. If Harbury fails to meet either deadline, the CMB will appoint a divestiture trustee to complete the sale at no minimum price.

The CMB rejected Harbury's proposal, submitted in September, to sell 96 stores, which it found would leave competition concerns unresolved in more than 100 local areas.

## Quote

Dame Ruth Okafor, chair of the independent inquiry group, said:

"Shoppers in hundreds of towns rely on having a real choice of where to buy their weekly groceries. Without these remedies, this deal would have removed a strong rival in many communities and left millions of people facing higher prices. We are clearing the merger only because the sale of 187 stores restores that choice. If the sale does not happen, the deal cannot go ahead."

## Next steps

The CMB will publish its final report, including the full reasoning behind its decision, on its website within 10 working days. Parties have the right to apply to the Competition Appeal Tribunal for a review of the decision within two months.

The statutory deadline for the phase 2 investigation was 16 December 2024. The Board reached its decision ahead of that deadline.

## Notes to editors

1. The CMB is the independent body responsible for investigating mergers that could restrict competition.
2. The inquiry group for this case was made up of four independent panel members: Dame Ruth Okafor (chair), Professor Alan Brierley, Sunita Kaur and Michael Dunne.
3. Harbury Foods operates 1,150 stores and employs around 62,000 people.
4. Pennant Stores employs around 14,500 people.

**Media enquiries:** press@cmb.example.org.uk
`;

describe('a merger decision notice, with the product\'s word vectors', () => {
  withProductWordVectors();

  test('"blocking the merger" is not "clearing the merger"', async () => {
    const verdict = expectVerdictWith(await workspaceIndex({ 'decision-notice.md': NOTICE }));
    verdict('supported', 'Dame Ruth Okafor said the Board was clearing the merger only because the sale of 187 stores restores that choice.');
    verdict('contradicted', 'Dame Ruth Okafor said the Board was blocking the merger only because the sale of 187 stores restores that choice.', [['blocking', 'clearing']]);
  });
});
