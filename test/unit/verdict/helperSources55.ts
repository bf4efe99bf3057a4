/**
 * Helper sources that two verdict tests each use, whole (the fifty-fifth round's read-back): h761's board paper, press
 * release and interview. The people, bodies and places are invented.
 */
/** h761: sources/board_paper_item_9_2.md, whole. */
export const PARKING_PAPER = `# Harrowfield and Dene Valley NHS Foundation Trust

## Board of Directors – Meeting in Public

**Date:** Thursday 13 March 2025, 10.00am
**Venue:** Boardroom, Kestrel House, Harrowfield General Hospital
**Agenda item:** 9.2
**Title:** Review of staff car parking charges 2025/26
**Report author:** Gareth Pennock, Director of Estates and Facilities
**Executive sponsor:** Nadia Solberg-Hale, Chief Finance Officer
**Purpose:** For decision

---

### 1. Summary

1.1 This paper asks the Board to approve revised monthly charges for staff car parking permits at Harrowfield General Hospital and Dene Valley Community Hospital, to take effect from Tuesday 1 April 2025.

1.2 Staff parking charges have not been changed since April 2019. Over the same period the cost of operating and maintaining the trust's car parks has risen by 38.6 per cent, driven mainly by business rates, security contracts, lighting and surface repairs.

1.3 The proposed charges would raise an estimated additional £445,000 in the 2025/26 financial year. The Chief Finance Officer recommends that this income is ring-fenced as set out in section 5.

### 2. Background

2.1 The trust provides 1,950 dedicated staff parking spaces: 1,610 at Harrowfield General Hospital and 340 at Dene Valley Community Hospital.

2.2 As at 28 February 2025, 4,380 staff held a monthly parking permit. A further 287 staff were on the waiting list for a permit. Because the number of permits exceeds the number of spaces, permits do not guarantee a space.

2.3 Monthly charges are deducted from salary and are banded according to the Agenda for Change pay band of the permit holder, so that lower-paid staff pay less.

2.4 The trust's current staff charges are below those of neighbouring organisations. Castlebridge University Hospitals NHS Trust charges Band 5 staff £31.00 a month; Northmere Community Health Services charges a flat £26.00 a month for all staff.

### 3. Staff engagement

3.1 A staff survey on parking ran from Monday 6 January to Friday 31 January 2025 and received 1,412 responses.

3.2 Of those responding, 78 per cent opposed any increase in charges; 64 per cent said they had been late for a shift at least once in the previous three months because they could not find a space; and 41 per cent said there was no practical public transport alternative for their journey.

3.3 The staff side of the Joint Negotiating and Consultative Committee (JNCC) was briefed on Wednesday 19 February 2025. Staff side representatives did not support the proposal.

### 4. Proposed charges

4.1 The proposed monthly charges by pay band are set out in Table 1. Percentage increases are rounded to one decimal place.

**Table 1: Current and proposed monthly staff parking charges**

| Pay band | Permits held (28 Feb 2025) | Current monthly charge (since April 2019) | Proposed monthly charge (from 1 April 2025) | Increase (£) | Increase (%) |
|---|---|---|---|---|---|
| Bands 1–2 | 520 | £8.00 | £12.50 | £4.50 | 56.3% |
| Bands 3–4 | 1,105 | £12.00 | £18.75 | £6.75 | 56.3% |
| Bands 5–6 | 1,640 | £18.50 | £27.00 | £8.50 | 45.9% |
| Band 7 | 610 | £24.00 | £34.50 | £10.50 | 43.8% |
| Bands 8a–8b | 285 | £30.00 | £42.00 | £12.00 | 40.0% |
| Band 8c and above; medical and dental consultants | 220 | £36.00 | £52.00 | £16.00 | 44.4% |
| **Total** | **4,380** | | | | |

4.2 The following exemptions will continue unchanged:

- staff whose shift starts at or after 7.00pm, who may park free of charge in any staff car park without a permit;
- staff holding a Blue Badge;
- registered volunteers;
- staff on a trust-approved car share scheme of three or more people, who pay a single permit between them.

4.3 It is proposed that charges are reviewed annually from April 2026 and thereafter increased by no more than the rate of the Consumer Prices Index in the preceding December.

### 5. Use of additional income

5.1 It is recommended that the estimated additional income of £445,000 in 2025/26 is allocated as follows:

| Use | Amount |
|---|---|
| Resurfacing and LED lighting, Orchard Lane staff car park, Harrowfield General Hospital | £240,000 |
| Twelve-month pilot of a staff shuttle bus from Wickham Moor retail park | £125,000 |
| Contribution to the trust's underlying deficit | £80,000 |
| **Total** | **£445,000** |

5.2 The shuttle bus pilot would run every 15 minutes between 6.15am and 9.00am and between 6.30pm and 9.00pm on weekdays, and would be free to staff. Wickham Moor retail park has agreed to make 150 spaces available to trust staff.

### 6. Risks

6.1 There is a risk of adverse reaction from staff and trade unions, with a possible effect on recruitment and retention. The Director of People, Simone Achterberg, has been consulted and notes that the trust's nursing vacancy rate stood at 9.2 per cent in February 2025.

6.2 Staff side colleagues have indicated that at least one trade union may consider balloting its members.

### 7. Recommendation

7.1 The Board is asked to APPROVE the revised charges in Table 1 with effect from Tuesday 1 April 2025, and to APPROVE the allocation of additional income set out in section 5.

---

### Addendum: extract from the unconfirmed minutes of the meeting held on Thursday 13 March 2025

The Chair, Roderick Ashby, invited Mr Pennock to present the paper. Non-executive director Priya Lomax asked whether the trust had considered a smaller increase for Bands 1 to 4. Ms Solberg-Hale said that option had been modelled but would leave a shortfall of around £90,000 against the car park resurfacing programme. The Chief Executive, Dr Imogen Threlfall, said that the board "did not take this decision lightly" and that every pound raised would "stay in our car parks or in patient care".

Non-executive director Owen Treharne said he could not support an increase of more than 50 per cent for the lowest-paid staff.

The recommendation was APPROVED by nine votes to two, with one abstention. Ms Lomax and Mr Treharne voted against.
`;

/** h761: sources/hcwf_press_release.txt, whole. */
export const PARKING_RELEASE = `HEALTH AND CARE WORKERS' FEDERATION (HCWF)
Harrowfield and Dene Valley Branch
Unit 4, Tanners Yard, Mill Street, Harrowfield HF2 7QL

PRESS RELEASE
FOR IMMEDIATE RELEASE: Monday 28 April 2025

HOSPITAL STAFF VOTE FOR ACTION OVER "PARKING TAX"

Nearly nine in ten health workers balloted by the Health and Care Workers' Federation at Harrowfield and Dene Valley NHS Foundation Trust have voted for industrial action short of a strike over steep rises in staff car parking charges.

The ballot opened on Monday 31 March and closed at 12 noon on Friday 25 April 2025. A total of 1,835 HCWF members employed by the trust were balloted, and 1,127 votes were cast, a turnout of 61.4%. This comfortably clears the 50% turnout threshold required by law.

Results:
- Action short of a strike: 984 voted yes (87.3%), 143 voted no.
- Strike action: 813 voted yes (72.1%), 314 voted no.

The trust board approved the new charges on Thursday 13 March and they came into force on Tuesday 1 April. Monthly permits for the lowest-paid staff in Bands 1 and 2 have gone up from £8 to £12.50, a rise of 56%. A Band 5 nurse now pays an extra £102 a year just to park at work.

HCWF members will begin action short of a strike on Monday 12 May 2025. This will include refusing unpaid overtime and declining requests to cover shifts at less than 48 hours' notice. The union has not yet set any strike dates.

Kerry-Ann Mottershead, HCWF branch secretary at Harrowfield and Dene Valley, said:

"Our members have been clear. They are not prepared to pay a parking tax to come to work and care for patients. Porters, cleaners and healthcare assistants on the lowest pay have been hit hardest of all, and that is simply wrong.

"Nobody takes this step lightly. We would far rather be round the table than on the picket line, and we are asking the trust to freeze charges for Bands 1 to 6 at the 2019 rates while we talk."

Declan Fairbrother, HCWF regional organiser for the North Pennines region, said:

"This is one of the highest turnouts we have seen in a local NHS ballot in the region. The trust says the money will go on resurfacing car parks, but there is no point resurfacing a car park that staff cannot find a space in. There are more than two permits for every staff space at Harrowfield General. The trust board should think again."

The union says the trust received more than £3 million in car parking income from staff, patients and visitors in 2023/24.

The HCWF has written to the trust's chief executive, Dr Imogen Threlfall, requesting a meeting before Friday 9 May.

ENDS

Notes to editors:
1. The Health and Care Workers' Federation represents around 2,100 staff at Harrowfield and Dene Valley NHS Foundation Trust, including nurses, healthcare assistants, porters, domestic staff, administrative staff and allied health professionals.
2. The ballot was conducted by post by an independent scrutineer, Ballotwise Services Ltd.
3. Media contact: Lorna Beckwith, HCWF regional communications officer, 07700 900418.
`;

/** h761: sources/interview_ward_sister.md, whole. */
export const PARKING_INTERVIEW = `# Interview transcript

**Interviewee:** Sister Bernadette Quayle, ward sister, Larkspur Ward (respiratory medicine), Harrowfield General Hospital
**Interviewer:** Tom Ellery, health reporter, Harrowfield Evening Courier
**Date and time:** Monday 28 April 2025, 3.10pm to 3.40pm
**Location:** The Copper Kettle café, Station Road, Harrowfield
**Recorded with consent. Transcribed by Tom Ellery.**

---

**TE:** Thanks for making the time, I know you've come straight off a shift. Can you start by telling me what you do?

**BQ:** I'm the ward sister on Larkspur Ward, which is respiratory. We've got 28 beds, and at this time of year it's still full most days. I manage a team of 34: registered nurses, healthcare assistants and a ward clerk. I've been at Harrowfield General for 19 years, and I've been sister on Larkspur for the last seven.

**TE:** What pay band are you?

**BQ:** I'm a Band 7. So my permit has gone from £24 a month to £34.50. That's £10.50 a month more, which is £126 a year. I'm not going to pretend that's the end of the world for me. But it's not me I'm worried about.

**TE:** Who are you worried about?

**BQ:** My healthcare assistants. Most of them are Band 2 or Band 3. One of my HCAs, she's a single mum, she works three long days a week, she said to me last week, "Bernie, I'm paying to come to work now." She's Band 3, so she's gone from £12 to £18.75. For her that's real money. That's a week's electric.

**TE:** How do you get to work yourself?

**BQ:** I drive. I live in Oxley Marsh, which is 11 miles away. My shift starts at 7.15 in the morning and I finish at 7.45 at night. The first bus from Oxley Marsh, the number 62, doesn't get into Harrowfield bus station until 7.40am. So it's not an option. There's no train. If I didn't drive I couldn't do this job.

**TE:** And when you get to the hospital, can you park?

**BQ:** That's the thing that makes people so angry. I've paid for a permit for 19 years and I still spend twenty minutes some mornings driving round the Orchard Lane car park looking for a space. The permit is a permit to look, not a permit to park. If I get there after about ten to seven, forget it. So I leave home at ten past six for a quarter past seven start.

**TE:** The trust says the extra money will pay for resurfacing and lighting at Orchard Lane, and a shuttle bus from Wickham Moor.

**BQ:** The lighting does need doing, I'll give them that. I've walked back to my car at eight o'clock at night in January and you can't see your hand in front of your face. But resurfacing doesn't create a single extra space. And the shuttle bus, I've looked at the times. It stops at nine in the evening. What about the staff on a late who finish at half nine?

**TE:** Did you vote in the HCWF ballot?

**BQ:** I did. I voted yes to action short of a strike. I've done more unpaid overtime than I could count, and I think people need to see what happens when we just do our contracted hours.

**TE:** And the strike question?

**BQ:** I voted no on that one. I'll be honest with you. I've got patients on non-invasive ventilation. I'm not walking out on them. I know plenty of my colleagues voted yes and I respect that, and the union would have to agree cover anyway. But for me, personally, no.

**TE:** What would you say to the board?

**BQ:** I'd say come and stand on Orchard Lane at ten to seven on a wet Monday morning. Then tell me it's fair. We kept this place going through Covid. Nobody charged us for the car park then, and you know, we were told we were heroes. Now we're a revenue stream.

**TE:** The chief executive, Dr Threlfall, has said the board did not take the decision lightly.

**BQ:** I don't doubt that. I've met her, she's a decent woman. But the people who made the decision aren't the ones who'll feel it. A Band 2 porter has gone up by more than half. A consultant has gone up by £16 a month. You tell me who notices that more.

**TE:** Is there anything the trust could do now?

**BQ:** Freeze it for the lower bands, like the union is asking. Sort out the shuttle times. And stop selling more permits than there are spaces. That's all anybody wants, really. Just to be able to get to work and park.

**TE:** Thank you, Sister Quayle.

**BQ:** Thank you. Can you not put my ward's phone number in? We had people ringing last time.

[Interview ends 3.40pm]
`;
