/**
 * A national charity's annual results: the annual review's summary (Markdown) and a radio interview with its chief
 * executive (plain text). The sources are written for these tests (from a helper's draft); the charity and the people
 * are invented.
 */
import { describe, test } from 'node:test';
import { expectVerdictWith, workspaceIndex } from './sources';
import { withProductWordVectors } from './productVectors';

const REVIEW = `# Silverline Companions — Annual Review 2024/25: Summary

*Financial year 1 April 2024 to 31 March 2025. Published Thursday 17 July 2025 by the Board of Trustees.*

Silverline Companions is the national charity for older people facing loneliness in England, Wales and Northern Ireland. We run a free telephone befriending service, community lunch clubs and a home-visiting programme delivered through 14 regional hubs. This summary accompanies our full audited accounts, which will be filed with the Charity Commission by 31 January 2026.

## A message from our Chair

"This was the year our supporters refused to let the cost-of-living squeeze win," said Margaret Oduya, Chair of the Board of Trustees. "Income rose when many charities of our size saw it fall, and every extra pound went towards answering more calls."

## Headline figures

- **Total income:** £48.6 million, up from £44.1 million in 2023/24 (an increase of 10.2%).
- **Total expenditure:** £46.9 million, up from £45.3 million.
- **Charitable spending:** £38.2 million, or 81.4% of total expenditure.
- **Cost of raising funds:** £8.1 million, or 17.3% of total expenditure. Governance and support costs made up the remaining 1.3%.
- **Surplus:** £1.7 million, which has been added to our general reserves. Last year we ran a deficit of £1.2 million.
- **Reserves:** £11.4 million at 31 March 2025, equal to roughly three months of running costs. Our reserves policy targets between three and four months.

## Where our income came from

| Source | 2024/25 | 2023/24 | Change |
|---|---|---|---|
| Individual giving (regular and one-off donations) | £17.9m | £16.2m | +10.5% |
| Legacies (gifts in wills) | £12.3m | £10.4m | +18.3% |
| Community and events fundraising | £6.8m | £6.5m | +4.6% |
| Corporate partnerships | £4.2m | £4.9m | −14.3% |
| Trusts and foundations | £3.6m | £3.1m | +16.1% |
| Charity shops (net contribution) | £2.5m | £2.2m | +13.6% |
| Government and statutory grants | £1.3m | £0.8m | +62.5% |
| **Total** | **£48.6m** | **£44.1m** | **+10.2%** |

Legacies were once again our fastest-growing major source of income. We received 1,146 gifts in wills during the year, compared with 982 the year before. The single largest legacy, £640,000, came from the estate of a retired schoolteacher in Harrogate.

Corporate partnership income fell after our three-year partnership with the supermarket chain Hollins & Grey ended in September 2024. Our new partnership with the energy supplier Northvale Energy began in January 2025 and contributed £380,000 in its first quarter.

Our regular givers numbered 212,000 at year end, up from 198,500. The average monthly gift was £8.40. We did not use any paid street or door-to-door fundraising agencies during the year, and we made no cold calls to supporters.

The annual Silverline Sleepout, held on Saturday 12 October 2024 in 31 towns and cities, raised £1.9 million from 7,400 participants — the most successful event in our history. The London Marathon team of 260 runners raised £730,000.

## What we spent it on

- **Telephone befriending:** £16.4 million. Our helpline answered 1.38 million calls, up from 1.21 million, and is open 24 hours a day, 365 days a year.
- **Home visiting:** £11.7 million, supporting 23,600 older people with a weekly visit from a trained volunteer.
- **Community lunch clubs:** £6.3 million across 418 clubs, up from 391 clubs.
- **Research and campaigning:** £3.8 million, including our report *Silent Sundays*, published in March 2025, which found that one in five people over 75 goes a whole weekend without speaking to anyone.

## Our people

At 31 March 2025 we employed 1,062 staff (894 full-time equivalent), compared with 1,019 a year earlier. Our volunteers numbered 18,350, a fall from 19,200 in 2023/24, which we attribute largely to fewer students volunteering over the summer. Volunteers gave an estimated 2.1 million hours of their time.

The highest-paid employee was our Chief Executive, Daniel Whitcombe, whose salary was in the band £150,001–£160,000. No trustee received any payment for their role as trustee. The ratio between our highest and median salaries was 5.1 to 1.

Our Director of Fundraising, Priya Raman, joined in May 2024 from the children's charity Kestrel Trust. Our Finance Director, Tom Ellery, retires in August 2025 after eleven years with the charity.

## Looking ahead

The trustees have approved a budget of £51.5 million for 2025/26. Our priority is to cut the average wait for a first home visit from six weeks to four weeks by March 2026. We will also open two new regional hubs, in Plymouth and Londonderry, bringing the total to 16.

"We are proud of these results, but we are not complacent," said Mr Whitcombe. "Demand for our helpline is growing faster than our income, and we will need every supporter to stay with us."

*Silverline Companions is a registered charity in England and Wales (1098431) and Northern Ireland (NIC104227). Registered office: 22 Mercer Street, Leeds LS1 4DT.*
`;

const INTERVIEW = `TRANSCRIPT — BBC Radio Leeds, "The Breakfast Show"
Broadcast: Friday 18 July 2025, 07:40
Presenter: Anna Kowalczyk
Guest: Daniel Whitcombe, Chief Executive, Silverline Companions
Duration: approx. 9 minutes
Transcribed by: Silverline Companions press office (lightly edited for clarity)

----------------------------------------------------------------------

ANNA KOWALCZYK: It's twenty to eight. Now, the Leeds-based charity Silverline Companions, which runs a helpline for lonely older people, published its annual results yesterday, and they make for unusual reading at a time when a lot of charities are cutting back. Its chief executive, Daniel Whitcombe, is in the studio with me. Good morning.

DANIEL WHITCOMBE: Good morning, Anna. Thanks for having me.

ANNA KOWALCZYK: So, income of nearly forty-nine million pounds, up about ten per cent. What happened?

DANIEL WHITCOMBE: Honestly, it was our supporters. People who give us eight or ten pounds a month kept giving even when their own bills went up. We gained around thirteen and a half thousand new regular givers over the year. And legacies — gifts in wills — came in at twelve point three million, which is the highest figure we've ever had. I want to be clear, though: legacies are lumpy. We can't plan on that happening every year.

ANNA KOWALCZYK: Some of that money, I think, came from a very generous person in Harrogate?

DANIEL WHITCOMBE: That's right, a retired teacher who had used our lunch club for years. She left us six hundred and forty thousand pounds. I won't name her, the family asked us not to, but it was a very moving letter that came with it.

ANNA KOWALCZYK: Not everything went up, though. Your corporate money fell.

DANIEL WHITCOMBE: It did, by about seven hundred thousand pounds. Our partnership with Hollins & Grey came to a natural end after three years, and there was no falling-out, I should say. They were brilliant partners. Northvale Energy have come on board since January and I'm hopeful that income will recover next year.

ANNA KOWALCZYK: Let's talk about the helpline. How busy is it?

DANIEL WHITCOMBE: Busier than it has ever been. We answered one point three eight million calls last year. On Christmas Day alone we took just over nine thousand calls, and our busiest hour of the whole year was between six and seven on Christmas evening. What people don't always realise is that the calls aren't just from the very old. A growing number come from people in their late sixties who've been widowed or have moved away from family.

ANNA KOWALCZYK: And you've got fewer volunteers to answer those calls.

DANIEL WHITCOMBE: Slightly fewer, yes — about eighteen thousand three hundred and fifty, down from nineteen thousand two hundred. A lot of that is students. But staff numbers went up a little, and the volunteers we do have are giving more hours than before. I'd say to anyone listening: if you can spare an hour a week, we need you.

ANNA KOWALCZYK: Let me put a criticism to you. Some listeners have emailed in saying charities spend too much on fundraising. You spent eight point one million pounds raising money. Is that too much?

DANIEL WHITCOMBE: I understand the question. For every pound we spend on fundraising we raise about six pounds. And I'd point out we did not use any street fundraisers or door-to-door agencies at all. We don't cold-call people. Most of our money comes from people who've come to us, not the other way round.

ANNA KOWALCZYK: And your own salary? It's in the annual review — between a hundred and fifty and a hundred and sixty thousand pounds.

DANIEL WHITCOMBE: It is, and I think people are entitled to ask. The trustees set it, I didn't. I took no pay rise this year, and I asked not to be given one. I'll leave it to listeners to judge whether that's fair for running an organisation with over a thousand staff.

ANNA KOWALCZYK: Your research this year made headlines. Remind us what it found.

DANIEL WHITCOMBE: The report was called "Silent Sundays". We found that one in five people over seventy-five goes a whole weekend without talking to a single person. Not a neighbour, not a shopkeeper, nobody. That figure shocked me, and I've been doing this job for seven years.

ANNA KOWALCZYK: So what are you going to do about it?

DANIEL WHITCOMBE: Two things. First, we're opening two new hubs — one in Plymouth in the autumn and one in Londonderry early next year. Second, waiting times. Right now, if you're referred for a home visit, you wait on average six weeks. That's too long. We want that down to four weeks by next March.

ANNA KOWALCZYK: Is that realistic?

DANIEL WHITCOMBE: It's ambitious. But our budget for next year is fifty-one and a half million, and more of that is going into recruiting volunteers in the places where waits are longest, which at the moment is the North East and parts of rural Wales.

ANNA KOWALCZYK: The Silverline Sleepout was a big success last autumn.

DANIEL WHITCOMBE: Our best ever. Seven thousand four hundred people slept out in thirty-one towns and cities and raised one point nine million. My own daughter did it in York and complained about the cold for a week. This year's Sleepout will be on Saturday the eleventh of October, and sign-ups open on Monday.

ANNA KOWALCZYK: Daniel Whitcombe, thank you very much.

DANIEL WHITCOMBE: Thank you, Anna.

ANNA KOWALCZYK: And if you want to find out more about volunteering with Silverline Companions, details are on our website. It's seventeen minutes to eight, and here's the travel with Gemma.

----------------------------------------------------------------------
END OF TRANSCRIPT
`;

const files = { 'annual-review-2024-25-summary.md': REVIEW, 'radio-interview-whitcombe-transcript.txt': INTERVIEW };

describe("a charity's annual results: the review and the radio interview, with the product's word vectors", () => {
  withProductWordVectors();

  test('a day in words: "Saturday the eleventh of October"', async () => {
    const verdict = expectVerdictWith(await workspaceIndex(files));
    // Was supported: the interview's date was no date.
    verdict('contradicted', "This year's Sleepout will take place on Sunday 11 October, with sign-ups opening on Monday.", [['Sunday 11 October', 'Saturday the eleventh of October']]);
    verdict('supported', "This year's Sleepout will take place on Saturday 11 October, with sign-ups opening on Monday.");
  });
});
