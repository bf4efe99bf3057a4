/**
 * A factory closure: the company's stock exchange announcement (plain text) and a local radio programme's transcript of
 * its interviews with a union official and the council leader. The sources are written for these tests (from a helper's
 * draft); the company, the places and the people are invented.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { checkAgainst } from './sources';
import { withProductWordVectors } from './productVectors';

const RNS = `RNS Number : 4417K
Brackenfield Automotive Components plc
11 March 2025

LEI: 213800QXKT7PLM4RD591

BRACKENFIELD AUTOMOTIVE COMPONENTS PLC
("Brackenfield", the "Company" or the "Group")

Proposed closure of Kelsworth manufacturing facility and consolidation of European brake production

This announcement contains inside information for the purposes of Article 7 of the UK version of Regulation (EU) No 596/2014, which forms part of domestic law by virtue of the European Union (Withdrawal) Act 2018 ("UK MAR").

Brackenfield Automotive Components plc (LSE: BRKA), a supplier of braking and steering components to vehicle manufacturers in Europe and North America, announces that it has today begun a process that is expected to lead to the closure of its manufacturing facility at Harrowgate Road, Kelsworth, Lancashire.

Background

The Kelsworth facility opened in 1987 and manufactures brake callipers and steering column housings. It is one of two European sites at which the Group produces brake callipers; the other is the Group's plant in Brno, Czech Republic.

Demand for the callipers made at Kelsworth has fallen as the Group's principal customers have reduced production of the internal combustion vehicle platforms on which they are used. Revenue at the Kelsworth facility fell by 22 per cent in the year ended 31 December 2024 to £61.3 million (2023: £78.6 million), and the facility recorded an operating loss of £4.8 million (2023: operating profit of £1.2 million). Capacity utilisation at the site averaged 54 per cent during 2024.

The Board has concluded that the Group's European calliper volumes can no longer support two production lines, and that the Group's long-term competitiveness requires production to be consolidated at a single site.

The proposal

Under the proposal, calliper production will transfer to the Brno plant, and production of steering column housings will transfer to the Group's existing facility in Redditch, Worcestershire. The Company expects the transfer to be completed, and the Kelsworth facility to close, by Friday 31 October 2025.

The Kelsworth facility currently employs 412 permanent staff. Up to 365 roles are at risk of redundancy. The remaining 47 employees, principally in engineering, quality and tooling, will be offered positions at the Redditch facility, with a relocation package.

A collective consultation with employee representatives, including the recognised trade union, the General Manufacturing Union, will begin on Thursday 13 March 2025 and will last for a minimum of 45 days. The Company has notified the Secretary of State for Business and Trade in accordance with its statutory obligations. No final decision will be taken until the consultation has concluded.

Employees whose roles are made redundant will be offered enhanced redundancy terms above the statutory minimum, together with access to retraining and outplacement support. The Company will also establish a Kelsworth Transition Fund of £500,000, to be administered jointly with Kelsworth Borough Council, to support affected employees and local apprenticeships.

Financial effects

The Group expects to incur one-off restructuring costs of approximately £18.4 million, of which approximately £6.2 million relates to the non-cash impairment of plant and equipment at Kelsworth. The cash costs, of approximately £12.2 million, are expected to be incurred principally in the second half of 2025.

Once the consolidation is complete, the Group expects annualised cost savings of approximately £7.5 million, with the full benefit to be realised from the financial year ending 31 December 2027.

The proposal does not change the Board's expectations for Group revenue for the year ending 31 December 2025, which remain in line with market consensus. The restructuring costs will be reported as adjusting items. The Group's net debt at 31 December 2024 was £42.7 million, and the Group has committed bank facilities of £120 million.

The Group will publish its results for the year ended 31 December 2024 on Thursday 24 April 2025.

Commenting on the announcement, Dr Fiona Ashdown, Chief Executive Officer of Brackenfield, said:

"This has been the hardest decision of my time at Brackenfield. Kelsworth has a proud history and a highly skilled workforce, but the volumes our customers now need simply no longer support two European calliper lines. We will consult fully and in good faith, and we will do everything we can to support our colleagues and the Kelsworth community through this process."

Martin Oduya, Chief Financial Officer, added:

"Consolidating production will remove around £7.5 million of annual cost from the business and will allow us to invest in the electric-vehicle braking programmes that our customers are now asking for. Our balance sheet remains strong, and the restructuring will be funded from existing facilities."

Sir Geoffrey Pell, Chairman, said:

"The Board did not reach this conclusion lightly. We recognise the contribution that generations of employees have made at Kelsworth, and the Board has asked management to ensure that the consultation is conducted with care and respect."

Enquiries:

Brackenfield Automotive Components plc
Dr Fiona Ashdown, Chief Executive Officer
Martin Oduya, Chief Financial Officer
Harriet Lunn, Company Secretary
+44 (0)121 496 0733

Hollins Marsh Communications (Financial PR)
Tobias Wren / Eleanor Quayle
+44 (0)20 7946 0518
brackenfield@hollinsmarsh.co.uk

About Brackenfield

Brackenfield Automotive Components plc designs and manufactures braking and steering components for passenger cars and light commercial vehicles. Headquartered in Solihull, West Midlands, the Group employs approximately 3,900 people at nine manufacturing sites in the United Kingdom, the Czech Republic, Mexico and the United States. The Group reported revenue of £486.2 million for the year ended 31 December 2023.

Forward-looking statements

This announcement contains certain forward-looking statements. These statements are made by the Directors in good faith based on the information available to them at the time of their approval of this announcement, and should be treated with caution due to the inherent uncertainties, underlying any such forward-looking information.

The person responsible for arranging the release of this announcement on behalf of the Company is Harriet Lunn, Company Secretary.

This information is provided by RNS, the news service of the London Stock Exchange. RNS is approved by the Financial Conduct Authority to act as a Primary Information Provider in the United Kingdom.

END
MSCFLFSLAIIFIIE
`;

const RADIO = `RADIO KELSWORTH 104.6 FM — THE MORNING PROGRAMME
Transcript: Brackenfield closure — union and council interviews
Recorded: Wednesday 12 March 2025, 07:40
Speakers: Claire Tennant (presenter), Gary Whitlock (regional officer, General Manufacturing Union), Cllr Nadia Farooq (leader, Kelsworth Borough Council)
Transcribed by: Radio Kelsworth newsdesk. Lightly edited for clarity; check against the broadcast audio before quoting.

[00:00:04] CLAIRE TENNANT: It's twenty to eight. Yesterday Brackenfield Automotive Components told the London Stock Exchange that it plans to close its plant on Harrowgate Road, with up to 365 jobs at risk. I'm joined in the studio by Gary Whitlock, regional officer for the General Manufacturing Union, which represents most of the workforce there. Gary, good morning. How did your members find out?

[00:00:21] GARY WHITLOCK: Morning, Claire. Badly, is the honest answer. I got a phone call from the HR director at ten past seven yesterday morning, Tuesday, asking me to come in for a meeting at eight. That meeting lasted about twenty minutes. Then at half past nine the whole day shift was called into the canteen and told by a manager reading from a sheet of paper. People had heard it on the radio before they heard it from their own employer. That's no way to treat anybody.

[00:00:52] CLAIRE TENNANT: How many of your members work at Harrowgate Road?

[00:00:55] GARY WHITLOCK: We've got around 290 members on site. The average length of service is about nineteen years. I've got members who started there as apprentices in 1987, the year it opened, and they've never worked anywhere else. We're talking about families where the husband and the wife both work on the line.

[00:01:18] CLAIRE TENNANT: The company says demand for the brake parts made at Kelsworth has fallen and it can't justify two lines in Europe. Isn't that just the reality of the car industry now?

[00:01:27] GARY WHITLOCK: I don't accept that. This plant made a profit as recently as 2023. They've let it run down. Last summer they moved two of the calliper machining cells out to Brno, and we asked them at the time, straight out, is Kelsworth safe, and they told us there were no plans to close the site. So either they didn't know their own business, or they weren't being straight with us. And I'll say this: this company took a £3.1 million regional growth grant in 2019 on the promise of securing jobs in this town. If they're walking away, we want that money back for Kelsworth.

[00:02:05] CLAIRE TENNANT: The company has promised a consultation. Will you take part?

[00:02:09] GARY WHITLOCK: Of course we will. The consultation starts tomorrow, Thursday, and we'll be at that table. Our first formal meeting with the company is on Monday the seventeenth. We'll be putting forward alternatives, including keeping the steering column work here instead of sending it to Redditch. But I'm not going to pretend the company has come to this with an open mind. We are not ruling anything out, including a ballot for industrial action.

[00:02:34] CLAIRE TENNANT: What about the wider town?

[00:02:37] GARY WHITLOCK: This is the bit people forget. For every job inside that fence there are more outside it: the hauliers, the cleaning contractors, the sandwich vans, the tool shops on the industrial estate. Our estimate is that another 600 jobs in the local supply chain are at risk. This town can't take a hit like that.

[00:02:58] CLAIRE TENNANT: Gary Whitlock, thank you. On the line now is the leader of Kelsworth Borough Council, Councillor Nadia Farooq. Councillor, the company says it will set up a £500,000 transition fund with the council. Is that enough?

[00:03:10] NADIA FAROOQ: Good morning. It's welcome, but let's be clear: half a million pounds does not replace a payroll of this size. Brackenfield is the largest private-sector employer in the borough. I spoke to Dr Ashdown, the chief executive, yesterday afternoon and told her that the council expects the company to do far more than the legal minimum.

[00:03:31] CLAIRE TENNANT: What will the council itself do?

[00:03:34] NADIA FAROOQ: The council will put £150,000 of its own money into the transition fund, so that it is not just the company's money deciding what happens. We are working with the Department for Work and Pensions and Kelsworth College to set up a rapid response team. And we will hold a jobs and skills fair at Kelsworth Town Hall on Saturday the fifth of April, so that every worker at Harrowgate Road can meet employers who are recruiting, in one place.

[00:04:02] CLAIRE TENNANT: Gary Whitlock says the £3.1 million grant should be paid back. Do you agree?

[00:04:07] NADIA FAROOQ: That grant was awarded by the regional growth board, not by the council, so it is not my decision. But I have written to the board this morning asking it to look at the terms. If there were conditions on jobs, they should be enforced. Public money was given to keep people in work in Kelsworth, and the people of Kelsworth deserve to know what it bought.

[00:04:29] CLAIRE TENNANT: Councillor Farooq, thank you. Brackenfield told Radio Kelsworth that it would not be giving interviews this morning, and referred us to its statement to the stock exchange. That statement says the plant will close by the end of October, and that 47 staff will be offered jobs at its Redditch site. We'll have more on this story throughout the morning. It's seven minutes to eight.

[END OF TRANSCRIPT]
`;

const files = { 'brackenfield-rns.txt': RNS, 'radio-kelsworth-whitlock.txt': RADIO };

describe("a factory closure: the announcement and the radio interviews, with the product's word vectors", () => {
  withProductWordVectors();

  test('a presenter telling what a company told the stock exchange gives the words to the company, on its day', async () => {
    const report = await checkAgainst(files, '# Closure\n\nBrackenfield Automotive Components told the London Stock Exchange on Tuesday 11 March that it plans to close its plant on Harrowgate Road in Kelsworth.\n');
    // Was "The source gives Wednesday, not Tuesday …; it was recorded on Wednesday 12 March 2025" and "In the source,
    // this was said by Claire Tennant (presenter), not Brackenfield Automotive Components".
    assert.deepEqual(report.findings.map((f) => f.message), []);
  });

  test("a union official's own words on another day than the recording's are still caught", async () => {
    const report = await checkAgainst(files, '# Closure\n\nWhitlock told Radio Kelsworth on Thursday that the day shift had been called into the canteen at half past nine and told by a manager reading from a sheet of paper.\n');
    assert.deepEqual(report.findings.map((f) => f.message.replace(/ \(.*?\)/, '')), ['The source gives Wednesday, not Thursday; it was recorded on Wednesday 12 March 2025.']);
  });
});
