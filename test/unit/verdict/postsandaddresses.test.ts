/**
 * The forty-sixth round, second part: faithful sentences of h536–h547 flagged as errors, of denials, posts and
 * addresses. "Unless the village acts, … will be left without a shop or a post office" is a warning, which denies
 * nothing; "had been without a post office since Friday 31 May" is what "its post office counter will close" says;
 * a person with two posts in one line ("Anne Whitlock (secretary), vice-chairman of …") holds both; "who spent nine
 * years as assistant manager at …" is no post, but what she did; a street and a town are two lines of one address
 * ("Lower Pennick Farm, Brackley Lane" / "Lower Pennick Farm, Wendlesham"). The fixtures are the helpers' sources,
 * whole; the people, bodies and places are invented.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { extractValues } from '../../../server/src/core/verdict/values';
import { namedRoles } from '../../../server/src/core/verdict/roles';
import { withProductWordVectors } from './productVectors';
import { judgeWith, why, workspaceIndex } from './sources';

/** h542: sources/parish_council_minutes_2024-02-13.md, whole. */
const PARISH_MINUTES = `# LITTLE HAVERSTOKE PARISH COUNCIL

## Minutes of the Extraordinary Meeting of the Parish Council

**Held on Tuesday 13 February 2024 at 7.30pm in the Village Hall, Church Lane, Little Haverstoke**

**Present:** Cllr Roger Pilbeam (Chairman), Cllr Anne Whitlock (Vice-Chairman), Cllr David Essery, Cllr Sunita Rai, Cllr Tom Greatorex

**In attendance:** Mrs Carol Denning (Parish Clerk and Responsible Financial Officer); District Cllr Mark Hollis (Wexbury District Council, Haverstoke Ward); 37 members of the public

---

### 24/018 Apologies for absence

Apologies were received and accepted from Cllr Jenny Fairclough (work commitments).

### 24/019 Declarations of interest

Cllr Whitlock declared a non-pecuniary interest in item 24/021 as a member of the Haverstoke Community Shop steering group. She remained in the meeting but did not vote on items 24/022 and 24/023.

### 24/020 Public participation

The Chairman suspended standing orders at 7.33pm to allow members of the public to speak.

Mrs Margaret Oldroyd, sub-postmistress and proprietor of Haverstoke Stores, High Street, confirmed that she would retire and that the post office counter and the shop would close on Friday 31 May 2024. She said she had run the post office since 1997 and that no buyer had come forward for the business after it had been on the market for 14 months. She told the meeting: "I have loved every day behind that counter, but I am 71 and my knees have made the decision for me. What I cannot bear is the thought of the village losing its post office altogether."

Mr Brian Tasker, of Mill Row, said that the nearest alternative post office was in Stowbridge, 6.4 miles away, and that the number 43 bus ran only twice a day in each direction. He said older residents without cars "would be cut off from their pensions and their parcels".

Standing orders were reinstated at 7.51pm.

### 24/021 Proposal from the Haverstoke Community Shop steering group

Mr Gareth Lyle, chair of the steering group, presented the group's proposal for a community-owned shop and post office to be run by a community benefit society, Haverstoke Community Shop Ltd, which was registered on Friday 2 February 2024. The main points were:

- The steering group was formed at a public meeting held on Tuesday 16 January 2024, attended by 118 residents.
- A village survey had received 312 responses from the parish's 498 households. Of those responding, 91% said they would use a community shop at least once a week and 74% said they used the post office at least once a month.
- The group proposed to take a lease of the Reading Room, Church Lane, which is owned by the Parish Council and has stood empty since the playgroup moved out in September 2022.
- The total project cost was estimated at £84,000, to be met mainly through a community share offer with a target of £60,000.
- The group asked the Parish Council for a lease of the Reading Room, a grant of £5,000 and an interest-free loan of £10,000.

Mr Lyle said: "This is not about nostalgia. A village without a shop and a post office is a village that slowly empties of its young families and its oldest residents alike."

District Cllr Hollis said that Wexbury District Council's Community Fund was open for applications until 30 April 2024 and that grants of up to £3,000 were available for village services.

### 24/022 Lease of the Reading Room

The Clerk reported that the Reading Room had cost the Council £2,140 in insurance, business rates and maintenance in the 2023/24 financial year while unused.

It was **RESOLVED** to grant Haverstoke Community Shop Ltd a lease of the Reading Room for a term of 25 years at a rent of £1 a year, with the tenant responsible for internal repairs and the Council remaining responsible for the roof and external walls. Proposed Cllr Rai, seconded Cllr Essery. Carried unanimously (4 votes in favour).

### 24/023 Financial support for the community shop

The Clerk reported that the Council's general reserves stood at £41,200 on Wednesday 31 January 2024.

(a) It was **RESOLVED** to make a grant of £5,000 to Haverstoke Community Shop Ltd from general reserves under the Council's general power of competence. Proposed Cllr Essery, seconded Cllr Pilbeam. Carried unanimously (4 votes in favour).

(b) It was **RESOLVED** to make an interest-free loan of £10,000 to Haverstoke Community Shop Ltd, to be repaid in five equal annual instalments of £2,000 beginning in July 2026, conditional on the share offer raising at least its minimum target of £45,000. Proposed Cllr Pilbeam, seconded Cllr Rai. Carried, 3 votes in favour, 1 against.

Cllr Greatorex asked that his vote against item (b) be recorded. He said he supported the shop but was concerned that the grant and loan together would reduce general reserves to £26,200, "below the level our own auditor recommends for a parish of this size".

The Clerk confirmed that the remaining reserves would equal approximately seven months of the Council's running costs.

### 24/024 Correspondence with the Post Office

It was **RESOLVED** that the Clerk write to the Post Office area network manager to support the transfer of the Little Haverstoke branch to the community shop and to ask that the counter remain open in the village during any changeover. Proposed Cllr Pilbeam, seconded Cllr Greatorex. Carried unanimously.

### 24/025 Date of next meeting

The next ordinary meeting of the Council will be held on Tuesday 12 March 2024 at 7.30pm in the Village Hall.

The meeting closed at 9.04pm.

Signed ............................ (Chairman)      Date ..................
`;

/** h542: sources/share_offer_document.md, whole. */
const SHARE_OFFER = `# HAVERSTOKE COMMUNITY SHOP LTD

## Community Share Offer: "Keep Haverstoke Posted"

**Offer opens: Monday 4 March 2024. Offer closes: 5pm, Thursday 28 March 2024.**

Haverstoke Community Shop Ltd is a community benefit society registered with the Financial Conduct Authority under the Co-operative and Community Benefit Societies Act 2014 (registration number 9087Q4), registered on Friday 2 February 2024. Registered office: The Reading Room, Church Lane, Little Haverstoke.

---

### 1. Why we need you

On Friday 31 May 2024, Haverstoke Stores and its post office counter will close when our sub-postmistress, Margaret Oldroyd, retires after 27 years. Unless the village acts, Little Haverstoke's 1,140 residents will be left without a shop or a post office. The nearest post office would be in Stowbridge, 6.4 miles away.

We plan to open a community-owned shop with a full post office counter in the Reading Room on Church Lane, leased to the Society by Little Haverstoke Parish Council for 25 years at £1 a year.

"Every pound invested in this offer is a vote for the village to stay a living place," said Gareth Lyle, chair of the Society's management committee.

### 2. The offer

| Item | Detail |
|---|---|
| Share price | £1 per share |
| Minimum investment | £50 (50 shares) |
| Maximum investment | £15,000 per individual (£20,000 for organisations) |
| Minimum target | £45,000 |
| Optimum target | £60,000 |
| Maximum offer | £80,000 |
| Voting | One member, one vote, regardless of the number of shares held |
| Interest | Up to 3% a year, payable from the end of year three, subject to trading performance |
| Withdrawals | Permitted from year four, at the committee's discretion, up to 10% of share capital per year |

If the minimum target of £45,000 is not reached, all money will be returned to investors in full. If the offer is oversubscribed beyond the maximum, applications from residents of the parish will be given priority.

Shares cannot be sold or transferred, and their value cannot rise above £1. Your investment is at risk and is not covered by the Financial Services Compensation Scheme.

### 3. What the money will pay for

| Capital cost | Amount |
|---|---|
| Refurbishment of the Reading Room (damp proofing, rewiring, new floor, disabled access ramp) | £38,500 |
| Shop fit-out and refrigeration (three chillers, one freezer) | £17,200 |
| Electronic point-of-sale tills and IT | £4,300 |
| Post office counter, security screen and safe installation | £6,800 |
| Opening stock | £9,500 |
| Working capital and contingency | £7,700 |
| **Total** | **£84,000** |

### 4. Where the money will come from

| Source | Amount | Status |
|---|---|---|
| Community share offer (optimum target) | £60,000 | This offer |
| Little Haverstoke Parish Council grant | £5,000 | Approved 13 February 2024 |
| Little Haverstoke Parish Council interest-free loan | £10,000 | Approved 13 February 2024, conditional on minimum target |
| Village Enterprise Trust start-up grant | £6,000 | Offered in principle |
| Wexbury District Council Community Fund | £3,000 | Application submitted |
| **Total** | **£84,000** | |

If we raise only the minimum target of £45,000, the committee will reduce the refurbishment specification and seek a further £15,000 from grants.

### 5. Three-year forecast

| | Year 1 | Year 2 | Year 3 |
|---|---|---|---|
| Shop turnover | £286,000 | £312,000 | £335,000 |
| Gross margin | 23% | 24% | 25% |
| Post office remuneration | £21,000 | £22,500 | £23,500 |
| Staff costs | £58,400 | £60,100 | £61,800 |
| Net surplus / (deficit) | (£4,100) | £2,600 | £7,900 |

The forecast assumes average weekly shop takings of £5,500 in year one. The first-year deficit is expected and is covered by the working capital reserve.

### 6. How the shop will run

- **Staff:** one full-time paid manager (37.5 hours a week) and two part-time assistants (16 hours a week each), supported by a rota of volunteers. Our target is 30 volunteers.
- **Shop opening hours:** 7am to 7pm Monday to Saturday; 8am to 1pm Sunday.
- **Post office counter hours:** 9am to 5.30pm Monday to Friday; 9am to 12.30pm Saturday. This compares with 9am to 1pm on weekdays only at the current counter since hours were reduced in 2021.
- **Local sourcing:** we aim to buy at least 20% of stock by value from producers within 15 miles of the village.
- **Any surplus** will be reinvested in the shop or given to village causes; it will not be distributed beyond the interest on shares.

### 7. Timetable

| Date | Milestone |
|---|---|
| Monday 4 March 2024 | Share offer opens |
| Thursday 28 March 2024 | Share offer closes |
| Monday 15 April 2024 | Refurbishment of the Reading Room begins |
| Friday 31 May 2024 | Haverstoke Stores and its post office counter close |
| Monday 17 June 2024 | Community shop opens (target) |
| Monday 24 June 2024 | Post office counter opens (target) |

### 8. Your management committee

- Gareth Lyle (chair), retired hospital estates manager
- Fiona Kettering (treasurer), chartered accountant
- Anne Whitlock (secretary), vice-chairman of Little Haverstoke Parish Council
- Dev Anand, owner of Anand's Garage, Stowbridge Road
- Rosemary Thwaite, retired primary head teacher

"I have checked these numbers three times, and then I asked someone else to check them again," said Fiona Kettering, treasurer. "They are cautious. We have assumed fewer customers than our survey suggests."

To apply, complete the application form at the back of this document and return it with payment to the Reading Room letterbox, or apply online at the Society's website.
`;

/** h542: sources/interview_helen_marchbank_2024-09-10.md, whole. */
const MARCHBANK_INTERVIEW = `# Interview transcript

**Interviewee:** Helen Marchbank, manager, Haverstoke Community Shop and Post Office
**Interviewer:** Rhys Penhallow, reporter, Wexbury Gazette
**Date:** Tuesday 10 September 2024, 2.15pm
**Location:** The Reading Room, Church Lane, Little Haverstoke
**Also present (briefly):** Fiona Kettering, treasurer, Haverstoke Community Shop Ltd

---

**PENHALLOW:** Thanks for making the time. Can you start by telling me how you came to be running the shop?

**MARCHBANK:** Of course. I was assistant manager at Greenleys Garden Centre in Stowbridge for nine years. I saw the advert in the parish magazine in April, applied, and started on Monday 20 May, which gave me six weeks before we opened. Most of that was spent in a hard hat, to be honest.

**PENHALLOW:** The share offer did well, I gather.

**MARCHBANK:** It did better than anyone dared hope. When it closed on the 28th of March we had £71,350 from 412 members. Three hundred and one of those live in the parish, and the rest are people who grew up here, or have family here, or just liked the idea. The smallest holding is the minimum, £50, and the biggest is £5,000, from a couple who moved away to Bristol years ago.

**PENHALLOW:** So well over the £60,000 target.

**MARCHBANK:** Yes, and thank goodness, because the building bit back. When the builders took the plaster off the north wall they found the damp was far worse than the survey showed. The refurbishment came in at £41,900 against a budget of £38,500, and it pushed the opening back by two weeks. We'd planned to open on the 17th of June. In the end we opened the shop on Monday the 1st of July.

**PENHALLOW:** And the post office counter?

**MARCHBANK:** That opened a week later, on Monday the 8th of July. I had to complete the counter training first, and the security screen had to be signed off. So the village was without a post office from the 31st of May until the 8th of July. Just over five weeks. The outreach van came on Wednesdays during that time, which helped a bit.

**PENHALLOW:** How has trade been?

**MARCHBANK:** Over the first ten weeks our takings have averaged £6,100 a week. The business plan assumed £5,500, so we're about 11% ahead. I'm careful not to get carried away, because summer is always busier with the holiday cottages, but it's a good start.

**KETTERING:** If I can add one thing — on those figures we now expect to break even in the first year rather than run the £4,100 deficit we forecast. That's provisional, and it depends on the winter.

**PENHALLOW:** What about the post office side?

**MARCHBANK:** That's been the real surprise. We're doing around 590 transactions a week. In Margaret's last months, with the counter only open in the mornings, it was about 350 a week. Part of that is the longer hours, part is that people are using us for cash. Since the bank branch in Stowbridge closed in March, we've become the place people come to draw out their money. Parcel returns have roughly doubled too — everybody shops online now, and they'd rather walk to the Reading Room than drive to Stowbridge.

**PENHALLOW:** Who's behind the counter?

**MARCHBANK:** Three paid staff: me, full-time, and two part-time assistants, Kerry Doyle and Sam Oduya, on sixteen hours each. And then the volunteers, who are the heart of it. We have 42 on the rota now. The committee hoped for 30. The youngest is 16 — a sixth-former who does Saturday mornings — and the oldest is 84.

**PENHALLOW:** Do volunteers serve on the post office counter?

**MARCHBANK:** No. The counter is only ever staffed by me, Kerry or Sam, because we're the ones who've done the training and we're responsible for the cash. Volunteers run the shop tills, stack shelves, do deliveries to people who are housebound. We deliver to 14 households at the moment.

**PENHALLOW:** What do people buy?

**MARCHBANK:** Milk is the number one seller by a mile, then bread, then newspapers. We buy from 23 local suppliers, all within 15 miles. Our eggs come from Coldharbour Farm, which is literally across the road, and our bread comes from Marsh Bakery in Stowbridge. Local products are about 28% of our sales at the moment, which is better than the 20% we aimed for.

**PENHALLOW:** Margaret Oldroyd — has she been in?

**MARCHBANK:** She was the first person through the door on opening day. She bought a pint of milk and a first-class stamp, and she cried, and then I cried. She comes in most Thursdays. She said to me, "You've kept the light on in the village." I think about that a lot.

**PENHALLOW:** What are the challenges?

**MARCHBANK:** Energy costs, mainly. The chillers run all the time and our electricity bill is about £740 a month, which is more than we budgeted. And volunteers get tired — we need to keep recruiting. But honestly, the bigger risk is complacency. People were brilliant in the spring because they were frightened of losing the post office. We need them to keep coming when they're not frightened any more.

**PENHALLOW:** Anything you'd say to other villages facing the same thing?

**MARCHBANK:** Start earlier than you think you need to. We had four months from the first public meeting to Margaret closing, and that was tight. And talk to your parish council early. Without the Reading Room lease, none of this happens.

**PENHALLOW:** Thank you, Helen.

**MARCHBANK:** Thank you. Do buy a sausage roll on the way out.

[Interview ends 2.52pm]
`;

/** h544: sources/court_report.md, whole. */
const COURT_REPORT = `# Court report: Harnbury District Council v Pilcher and Ashcombe

**Kestonbridge Magistrates' Court — sentencing hearing, Thursday 7 November 2024**
**Filed by: Vale Court Reporting Service (reporter: Tom Ellery)**

## Summary

A farmer and a waste clearance operator were sentenced at Kestonbridge Magistrates' Court on Thursday 7 November 2024 over the illegal dumping of an estimated 640 tonnes of mixed waste on farmland at Lower Pennick Farm, near Wendlesham.

Darren Pilcher, 41, of Marsh Road, Orsford, sole director of Pilcher Clearances Ltd, had pleaded guilty at an earlier hearing on Wednesday 12 June 2024 to depositing controlled waste on land without an environmental permit, contrary to section 33(1)(a) of the Environmental Protection Act 1990.

Gerald Ashcombe, 58, of Lower Pennick Farm, Brackley Lane, Wendlesham, pleaded guilty at the same June hearing to knowingly permitting the deposit of controlled waste on his land, contrary to section 33(1)(a), and to failing in his duty of care in respect of waste, contrary to section 34 of the same Act.

The case was brought by Harnbury District Council. Sentencing was adjourned in June for pre-sentence reports.

## The prosecution case

Owen Barrasford, prosecuting for the council, told District Judge Rosalind Thwaite that 37 lorry loads of waste were tipped in a field known as Long Acre between Thursday 2 February and Friday 10 March 2023. The loads were recorded on a security camera that Mr Ashcombe had installed at his own yard gate.

The waste was brought in an eight-wheel tipper lorry operated by Pilcher Clearances Ltd. Mr Barrasford said Mr Ashcombe was paid £150 in cash for each load, a total of £5,550.

The court heard the waste covered about 0.8 hectares and in places stood 4.2 metres high. A drone survey commissioned by the council put its volume at about 1,150 cubic metres. The nearest edge of the pile was 35 metres from Pennick Brook, a tributary of the River Wend.

Mr Barrasford said the landfill tax avoided on 640 tonnes of waste, at the standard rate of £102.10 per tonne, came to £65,344.

"This was a commercial operation from start to finish," Mr Barrasford said. "Mr Pilcher avoided the cost of lawful disposal, and Mr Ashcombe turned a field into a source of income."

He told the court it was the largest single deposit of waste the council had prosecuted since it began keeping records in 2009.

## The defence

Natasha Oyelaran, representing Mr Pilcher, said her client's business had been "in serious financial difficulty" in early 2023 after losing two demolition contracts. She said he had since closed Pilcher Clearances Ltd and now worked as a driver for another firm.

"He knows there is no excuse," Ms Oyelaran said. "He took a shortcut, and it was the wrong one."

Martin Quayle, of Hartwell & Quayle Solicitors, representing Mr Ashcombe, said his client had been told by Mr Pilcher that the material was clean soil and hardcore that could be used to repair farm tracks. Mr Quayle said Mr Ashcombe had not inspected the loads properly and accepted that was "a serious failure on his part".

Mr Quayle told the court his client had already paid for 210 tonnes of the waste to be removed, at a cost of £23,800, and had arranged for the rest to be cleared.

## Sentencing

District Judge Thwaite said: "This was not a mistake. It was a business arrangement, and it turned a farm field into a landfill site without any of the safeguards that a landfill site must have."

Addressing Mr Pilcher, she said: "You knew exactly what was in the back of those lorries. You had loaded them yourself."

She said she had reduced Mr Ashcombe's fine by one third to reflect his early guilty plea, from £6,750 to £4,500.

| Defendant | Sentence | Costs | Victim surcharge |
|---|---|---|---|
| Darren Pilcher, 41 | 18 weeks' custody, suspended for 18 months; 200 hours' unpaid work | £8,750 | £187 |
| Gerald Ashcombe, 58 | Fine of £4,500 | £6,200 | £1,800 |

The judge also ordered Mr Ashcombe to complete the removal of all remaining waste from Long Acre by Monday 31 March 2025, and to provide the council with waste transfer notes for every load removed.

Mr Pilcher was given 28 days to pay costs. Mr Ashcombe was ordered to pay his fine, costs and surcharge, a total of £12,500, within six months.
`;

/** h544: sources/council_press_release.md, whole. */
const WASTE_RELEASE = `# PRESS RELEASE — Harnbury District Council

**Thursday 7 November 2024**

## Farmer and waste operator sentenced over "largest ever" illegal dump in Harnbury

A farmer and a waste operator have been sentenced after around 640 tonnes of waste were dumped on a field near Wendlesham, in the biggest fly-tipping case Harnbury District Council has ever brought to court.

At Kestonbridge Magistrates' Court today (Thursday 7 November), Darren Pilcher, 41, of Orsford, was given an 18-week prison sentence suspended for 18 months, and ordered to carry out 200 hours of unpaid work. Gerald Ashcombe, 58, of Lower Pennick Farm, Wendlesham, was fined £4,500. The two men were ordered to pay the council's costs of £14,950 between them.

The waste, which included building rubble, shredded plastic, plasterboard and household rubbish, was discovered in March 2023 after a walker reported it to the council through its online fly-tipping form.

The previous largest case prosecuted by the council involved about 180 tonnes of waste dumped at Colbrook Industrial Estate in 2019. The Wendlesham case is more than three times that size.

Councillor Janet Ruddock, cabinet member for environment and neighbourhoods, said:

"People who think a field in the countryside is a cheap alternative to a licensed waste site should look carefully at this case. Our officers traced every one of those lorry loads back to the people responsible.

"Landowners have a duty to know what is coming onto their land. Taking cash and looking the other way is not an option, and we will prosecute."

Priya Castell, the council's senior environmental enforcement officer, who led the investigation, said:

"The footage from the farm's own camera was crucial. It showed the same lorry arriving again and again over five weeks, and it meant we could put a precise number on the loads."

### Fly-tipping in Harnbury

The number of fly-tipping incidents recorded by the council fell last year for the first time in four years, while the number of fixed penalty notices issued rose.

| Year | Fly-tipping incidents recorded | Fixed penalty notices issued | Prosecutions |
|---|---|---|---|
| 2020/21 | 1,196 | 141 | 4 |
| 2021/22 | 1,284 | 152 | 5 |
| 2022/23 | 1,417 | 164 | 3 |
| 2023/24 | 1,352 | 212 | 7 |

The council spent £318,000 clearing fly-tipped waste from public land in 2023/24, compared with £296,000 in 2022/23. Fly-tipping on private land, such as the Lower Pennick Farm case, is the responsibility of the landowner to clear.

Residents can report fly-tipping at harnbury.gov.uk/flytipping or by calling 01632 960 418.

### Notes to editors

- Section 33 of the Environmental Protection Act 1990 makes it an offence to deposit controlled waste, or knowingly cause or knowingly permit it to be deposited, without an environmental permit.
- Section 34 places a duty of care on anyone who produces, carries, keeps or disposes of waste to take all reasonable steps to make sure it is handled lawfully.
- Landowners who allow waste onto their land can be required to remove it under section 59 of the Act.

ENDS
`;

const SHOP = {
  'sources/parish_council_minutes_2024-02-13.md': PARISH_MINUTES,
  'sources/share_offer_document.md': SHARE_OFFER,
  'sources/interview_helen_marchbank_2024-09-10.md': MARCHBANK_INTERVIEW,
};
const WASTE = {
  'sources/court_report.md': COURT_REPORT,
  'sources/council_press_release.md': WASTE_RELEASE,
};

test('a relative clause after a name is no post', () => {
  const text = 'Mrs Marchbank, who spent nine years as assistant manager at Greenleys Garden Centre in Stowbridge, said takings had averaged £6,100 a week.';
  assert.deepEqual(namedRoles(text, extractValues(text)), []);
});

describe('denials, posts and addresses, with the product\'s word vectors', () => {
  withProductWordVectors();

  test('a warning of what happens unless something is done denies nothing; "without" a thing that was to close', async () => {
    const shop = judgeWith(await workspaceIndex(SHOP));
    const kept = shop("Little Haverstoke has kept its post office after more than 400 residents and supporters bought shares in a community-owned shop that now runs the counter from the village's former Reading Room.");
    assert.notEqual(kept.verdict, 'contradicted', why(kept));
    const without = shop('The village had been without a post office since Friday 31 May, when sub-postmistress Margaret Oldroyd retired after 27 years behind the counter.');
    assert.equal(without.verdict, 'supported', why(without));
  });

  test('two posts in one line are both the person\'s; what someone did before is no post', async () => {
    const shop = judgeWith(await workspaceIndex(SHOP));
    const post = (title: string) => shop(`${title} Anne Whitlock, a member of the shop's steering group, declared an interest and did not vote on either payment.`);
    assert.equal(post('Vice-chairman').verdict, 'supported', why(post('Vice-chairman')));
    assert.equal(post('Treasurer').verdict, 'contradicted', why(post('Treasurer')));
    const before = shop('Mrs Marchbank, who spent nine years as assistant manager at Greenleys Garden Centre in Stowbridge, said takings had averaged £6,100 a week over the first ten weeks.');
    assert.equal(before.verdict, 'supported', why(before));
  });

  test('a street and a town are two lines of one address; two towns are two places', async () => {
    const waste = judgeWith(await workspaceIndex(WASTE));
    const of = (place: string) => waste(`Gerald Ashcombe, 58, of Lower Pennick Farm, ${place}, and Darren Pilcher, 41, of Marsh Road, Orsford, were sentenced at Kestonbridge Magistrates' Court on Thursday 7 November.`);
    assert.equal(of('Brackley Lane').verdict, 'supported', why(of('Brackley Lane')));
    assert.deepEqual(of('Orsford').conflicts.map((c) => [c.claim, c.source]), [['Orsford', 'Wendlesham']]);
  });
});
