/**
 * The forty-sixth round, fourth part: faithful sentences of h554–h559 (written against ca2b472) flagged as errors,
 * and a finding twice over. "the Arts Council" is "WAC" (of "Wessmere Arts Council (WAC)"), an acronym that ends in
 * the claim's initials; "more than the society's £2,340 reserves could carry" compares with what the reserves can
 * bear, not with £2,340; a claim whose only conflict is the speaker a misattributed quote of its own names both ways
 * gets no finding besides the quote's. The fixtures are the helpers' sources, whole; the people, bodies and places
 * are invented.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { SOCIETY_NEWSLETTER } from './helperSources47';
import { withProductWordVectors } from './productVectors';
import { checkAgainst, judgeWith, why, workspaceIndex } from './sources';

/** h558: sources/02_lantern_board_statement.md, whole. */
const BOARD_STATEMENT = `# THE LANTERN THEATRE, ASHCOMBE

## Statement from the Board of Trustees

**Thursday 6 November 2025**

The Board of Trustees of the Lantern Theatre met in emergency session on the evening of Wednesday 5 November 2025 to consider the decision by Wessmere Arts Council (WAC) to reduce the theatre's annual grant from £412,000 to £165,000 from 1 April 2026.

The Board has taken the following decisions with great regret:

1. **Spring 2026 season cancelled.** The theatre's spring 2026 season of five in-house productions, which was due to run from Friday 16 January to Saturday 27 June 2026, will not go ahead. Tickets for the season had not yet gone on general sale, but 1,140 tickets had already been bought by Friends of the Lantern in priority booking. All bookers will receive a full refund automatically within 28 days.
2. **The Christmas production will go ahead.** *The Snow Queen* will run as planned in the main house from Friday 28 November 2025 to Saturday 3 January 2026.
3. **The Studio will close.** The 90-seat Studio will close to the public after Saturday 31 January 2026. The 412-seat main house will remain open for visiting companies, hires and community events.
4. **Staff consultation.** Fourteen of the theatre's 38 permanent posts are at risk of redundancy. A formal consultation with staff and their union, Bectu, will begin on Monday 10 November 2025.
5. **Review.** The Board will ask Wessmere Arts Council for a review of the process followed in the Lantern's case before the deadline of 12 December.

### Cancelled productions, spring 2026

| Production | Venue | Planned dates |
|---|---|---|
| *The Lighthouse Keeper's Daughter* (new play by Anwen Cole) | Main house | 16 January – 7 February |
| *Hedda Gabler* | Main house | 27 February – 21 March |
| *Salt Roads* (co-production with Saltmere Youth Theatre) | Studio | 17 April – 2 May |
| *A Midsummer Night's Dream* | Main house | 15 May – 6 June |
| *Ashcombe Voices* (community verbatim play) | Main house | 19 – 27 June |

### Accounts summary

The figures below are taken from the theatre's audited accounts for the years ending 31 March 2024 and 31 March 2025.

**Income**

| | 2023/24 | 2024/25 |
|---|---|---|
| Box office | £689,000 | £742,000 |
| Wessmere Arts Council grant | £412,000 | £412,000 |
| Ashcombe Borough Council grant | £135,000 | £118,000 |
| Bar, café and hires | £271,000 | £296,000 |
| Fundraising and donations | £204,000 | £187,000 |
| Learning and participation fees | £58,000 | £64,000 |
| Other | £37,000 | £41,000 |
| **Total income** | **£1,806,000** | **£1,860,000** |

**Expenditure**

| | 2023/24 | 2024/25 |
|---|---|---|
| Staff costs | £921,000 | £986,000 |
| Production costs | £455,000 | £472,000 |
| Building and utilities | £276,000 | £318,000 |
| Marketing | £88,000 | £94,000 |
| Administration | £91,000 | £98,000 |
| **Total expenditure** | **£1,831,000** | **£1,968,000** |

**Result for the year:** deficit of £25,000 (2023/24); deficit of £108,000 (2024/25).

**Unrestricted reserves** at 31 March 2025 stood at £233,000, down from £341,000 a year earlier.

**Audiences:** total attendance in 2024/25 was 61,400, up from 57,900 in 2023/24. Average main-house capacity rose from 67 per cent to 71 per cent.

### The Board's assessment

The WAC grant made up 22 per cent of the theatre's income in 2024/25. Even with the transition grant of £60,000 offered for 2026/27, the theatre's income next year would be £187,000 lower than this year's level of public funding from WAC. The theatre's reserves are not sufficient to absorb a loss of that size and could not safely be used to underwrite a full season.

Helen Marchbank, chair of the Board of Trustees, said:

"Nobody on this board wanted to take these decisions. But we have a legal duty to keep this charity solvent, and we will not gamble the theatre's future on a season we cannot pay for."

"Audiences have never been higher. This cut is not a verdict from the people of Ashcombe. They have kept faith with the Lantern, and we intend to keep faith with them."

Priya Chaudhry, executive director, said:

"Our costs have risen faster than our income for three years running, mostly because of energy and wages. We have been open with our funders about that throughout."

The Lantern Theatre was founded in 1968 and moved to its present building on Quay Street in 1994. It is a registered charity.

Press enquiries: Owen Spratt, marketing and communications manager.
`;

/** h559: sources/02_lenningshire_hpa_statement.md, whole. */
const HPA_STATEMENT = `# Lenningshire Health Protection Agency

## Statement: Cryptosporidium cases linked to Wexcombe boil-water notice

**For immediate release — Friday 13 September 2024**

The Lenningshire Health Protection Agency (LHPA) is investigating an increase in cases of cryptosporidiosis among people living in the area covered by the Haddon Vale Water boil-water notice.

As of 12:00 on Friday 13 September, 19 cases of cryptosporidiosis have been confirmed by laboratory testing in residents of Wexcombe, Lower Haddon, Brantley and Cotterill Green. A further 27 people with symptoms are awaiting test results.

Of the 19 confirmed cases:

- 11 are children aged under 10
- 3 are aged 10 to 17
- 5 are adults
- 4 people have been admitted to hospital, all to Wexcombe General Hospital; 2 remain in hospital and both are said to be in a stable condition

The earliest reported onset of symptoms was Tuesday 10 September. For comparison, the Wexcombe district normally records between two and three confirmed cases of cryptosporidiosis in a whole month.

The agency's investigation, carried out jointly with Haddon Vale Water and Wexcombe District Council's environmental health team, is looking at whether the cases are linked to the public water supply. LHPA has not yet confirmed the source of infection, but the water supply is considered the most likely source.

## Advice to the public

Cryptosporidiosis causes watery diarrhoea, stomach cramps, nausea and a mild fever. Symptoms usually start between two and ten days after infection and usually last up to two weeks. Most people recover without treatment.

People with symptoms should:

- drink plenty of fluids (boiled and cooled tap water or bottled water) to avoid dehydration
- not attend school, nursery or work until 48 hours after their last episode of diarrhoea
- not use swimming pools for 14 days after their symptoms stop
- wash their hands thoroughly with soap and water; alcohol hand gels do not kill Cryptosporidium
- contact their GP or NHS 111 if symptoms are severe or last more than seven days, or if they have a weakened immune system

## Quotes

Dr Priya Raval, consultant in health protection at the Lenningshire Health Protection Agency, said: "Most people who catch cryptosporidiosis will feel very unwell for a week or so and then get better on their own. The most important thing is to keep drinking fluids, particularly for young children and older people, who can become dehydrated quickly."

Dr Raval added: "Following the boil-water advice is the single best thing people can do to protect themselves and their families. Boiling kills Cryptosporidium. Filtering water at home does not."

Dr Martin Okafor, director of public health for Lenningshire County Council, said: "We expect to see more cases confirmed over the coming days, because of the time it takes for symptoms to appear and for samples to be tested. That does not mean the situation is getting worse."

## Notes to editors

1. Cryptosporidium is a parasite that is resistant to chlorine, the standard disinfectant used in drinking water.
2. The Lenningshire Health Protection Agency is the health protection body for Lenningshire, covering a population of 1.1 million.
3. Media enquiries: LHPA press office, 01XXX 662 190.
`;

describe('acronyms, bounds and speakers, with the product\'s word vectors', () => {
  withProductWordVectors();

  test('"the Arts Council" is the board statement\'s "WAC"; another body is not', async () => {
    const board = judgeWith(await workspaceIndex({ 'sources/02_lantern_board_statement.md': BOARD_STATEMENT }));
    const grant = (body: string) => board(`According to the board, the ${body} grant made up 22 per cent of the theatre's income in 2024/25.`);
    assert.equal(grant('Arts Council').verdict, 'supported', why(grant('Arts Council')));
    assert.notEqual(grant('Lottery Fund').verdict, 'supported', why(grant('Lottery Fund')));
  });

  test('"more than the reserves could carry" compares nothing with the reserves\' figure', async () => {
    const society = judgeWith(await workspaceIndex({ 'sources/02_society_newsletter.md': SOCIETY_NEWSLETTER }));
    const carry = society("Mr Pryce wrote in the society's newsletter that the higher rent to the council, together with about £610 a year in lost rent from the 14 lower-field plots, was more than the society's £2,340 reserves could carry for long.");
    assert.notEqual(carry.verdict, 'contradicted', why(carry));
  });

  test('a speaker a misattributed quote names both ways: one finding', async () => {
    const report = await checkAgainst(
      { '02_lenningshire_hpa_statement.md': HPA_STATEMENT },
      '# Story\n\n"We expect to see more cases confirmed over the coming days, because of the time it takes for symptoms to appear and for samples to be tested," said Dr Raval.\n',
    );
    assert.deepEqual(report.claims[0].conflicts.map((c) => [c.claim, c.source]), [['Raval', 'Martin Okafor']]);
    assert.deepEqual(report.findings.map((f) => f.code), ['misattributed-quote']);
    assert.match(report.findings[0].message, /^These words were said by Dr Martin Okafor, not Dr Raval/);
  });
});
