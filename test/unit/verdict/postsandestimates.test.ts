/**
 * The fifty-third round, third part: faithful sentences shown as errors in h734–h739 (written against 92e3d65), and
 * the date the closest passage gives for a missing one. A surname in two capitalised parts is one name ("Cllr
 * Rao-Hebden introduced the report. She said: …"); a meeting's day is no day something runs from; a word of the
 * document's title is its subject ("collected their results" / "collected their envelopes", under "… best GCSE
 * results …"); a post by its name is "her post"; "one of the biggest" is no top of a table; a figure given as
 * someone's own estimate is the speaker's; a word after "to avoid" is denied as the source denies it. An unsupported
 * claim's message names the date the closest passage gives in a missing date's place. The fixtures are the helpers'
 * sources, whole; the people, bodies and places are invented.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { withProductWordVectors } from './productVectors';
import { checkAgainst, judgeWith, misattributions, why, workspaceIndex } from './sources';

/** h734: sources/cabinet_minutes_2025-03-11.md, whole. */
const CAR_PARK_MINUTES = `# Brackenford District Council

## Minutes of the meeting of the Cabinet

Held on Tuesday 11 March 2025 at 6.30pm in the Council Chamber, Brackenford Guildhall, Market Place, Brackenford

**Present:** Cllr Alan Fairbrother (Leader of the Council, in the chair); Cllr Peter Quayle (Deputy Leader; Cabinet Member for Communities); Cllr Sunita Rao-Hebden (Finance and Assets); Cllr Hannah Obi (Environment); Cllr Martin Deverell (Housing); Cllr Rachel Stroud (Planning and Regeneration); Cllr Tom Ellery (Leisure and Culture); Cllr Graham Nuttall (Transport and Highways); Cllr Fiona Carrick (Health and Wellbeing).

**Also present:** Cllr Dorothy Ashgrove (Leader of the Opposition).

**Officers:** Philippa Doyle (Chief Executive); Gareth Linwell (Head of Property and Assets); Sanjay Mehta (Monitoring Officer); Ruth Kinsella (Democratic Services Officer).

Approximately 60 members of the public attended.

### 61. Apologies for absence

There were no apologies.

### 62. Declarations of interest

Cllr Ellery declared that a member of his family rents a season ticket at Tanners Yard car park. The Monitoring Officer advised that this was not a disclosable pecuniary interest and Cllr Ellery remained in the meeting.

### 63. Proposed disposal of Tanners Yard car park (agenda item 7)

**Public speaking.** Mr Keith Marlowe, President of Brackenford Chamber of Trade, addressed the Cabinet for three minutes. He said the Chamber's members had not been consulted properly and that the car park was "the reason people shop in Brackenford rather than Kelverton". He concluded: "You are selling the heart of this town for the price of a few flats."

**Opposition.** With the consent of the chair, Cllr Ashgrove addressed the Cabinet. She said the administration was "selling the family silver to fill a hole it dug itself" and asked why the repairs identified in the structural survey had not been budgeted for earlier.

**Introduction.** Cllr Rao-Hebden introduced the report. She said: "We cannot keep pouring money into a concrete box that fewer people use every year." She said the capital receipt would be used to reduce the council's borrowing on Brackenford Leisure Centre, saving approximately £105,750 a year in interest, and that 45 public spaces would be retained on the site.

**Debate.** Cllr Stroud said the 64 homes were "exactly the kind of town-centre living Brackenford needs" and that the scheme would bring more people into the town centre in the evenings. Cllr Nuttall said that Station Road car park had been less than half full on an average weekday last year and that signage would be improved.

Cllr Quayle said he supported new homes in principle but that the Cabinet should not decide the future of the car park without a parking strategy for the whole town centre.

At 7.42pm, following repeated interruptions from the public gallery, the chair adjourned the meeting for ten minutes. The meeting resumed at 7.52pm.

**Amendment.** Cllr Quayle moved, and Cllr Obi seconded, an amendment that the decision be deferred for three months while a town centre parking strategy is prepared. On being put to the vote the amendment was LOST.

| | Votes | Members |
|---|---|---|
| For | 3 | Cllrs Quayle, Obi, Carrick |
| Against | 6 | Cllrs Fairbrother, Rao-Hebden, Deverell, Stroud, Ellery, Nuttall |
| Abstain | 0 | |

**Leader's remarks.** Before the substantive vote, Cllr Fairbrother said: "This is not about plugging a budget gap. It is about not throwing good money after bad on a failing structure." He said the council would work with the Chamber of Trade on the signage and Blue Badge mitigations.

**Substantive motion.** On being put to the vote the recommendations in the report were CARRIED.

| | Votes | Members |
|---|---|---|
| For | 6 | Cllrs Fairbrother, Rao-Hebden, Deverell, Stroud, Ellery, Nuttall |
| Against | 2 | Cllrs Quayle, Obi |
| Abstain | 1 | Cllr Carrick |

**RESOLVED:**

(1) That the disposal of the freehold of Tanners Yard car park to Corvane Estates Ltd for £2,350,000 be approved, subject to contract and to the grant of planning permission.

(2) That authority be delegated to the Head of Property and Assets, in consultation with the Cabinet Member for Finance and Assets and the Monitoring Officer, to agree final terms.

(3) That the capital receipt be ring-fenced to reduce borrowing on Brackenford Leisure Centre.

**Call-in.** This decision will be published on Wednesday 12 March 2025 and may be called in by any five non-executive members before 5pm on Friday 21 March 2025. It will not be implemented before that date.

The meeting closed at 8.55pm.

Chair: ........................................ Date: ....................
`;

/** h735: sources/acc_briefing_route62.md, whole. */
const ROUTE_BRIEFING = `# Ambershire County Council – Passenger Transport Unit

## Briefing Note for Cabinet: Future of Route 62 (Kessingham – Wendlesford)

**Prepared by:** Dr Richard Felling, Head of Passenger Transport
**Date prepared:** Tuesday 25 February 2025
**For meeting of:** Cabinet, Tuesday 11 March 2025
**Cabinet member:** Cllr Janet Pembury, Cabinet Member for Highways and Transport
**Status:** Public

---

### 1. Background

1.1 On Monday 3 February 2025, Greyline Buses Ltd gave notice to the Traffic Commissioner of its intention to deregister Route 62. The last day of operation will be Saturday 29 March 2025.

1.2 Route 62 runs for 23 miles between Kessingham bus station and Wendlesford (Market Cross), serving Ashcombe St Mary, Oakridge Green and Little Thornby. Greyline currently operates seven return journeys Monday to Saturday, with an end-to-end journey time of 58 minutes. There is no Sunday service. The last departure from Kessingham is at 6.30pm.

1.3 Greyline has run the route commercially, without council subsidy, since 2014. The company has told officers that the route is losing approximately £61,000 per year. It attributes this to driver wage increases totalling 9 per cent over the past two years and to higher fuel costs, and notes that patronage has not recovered to pre-pandemic levels.

1.4 Greyline's current adult single fare for the full route is £3.40.

### 2. Patronage

Table 1: Annual passenger journeys on Route 62 (source: Greyline Buses returns)

| Year    | Passenger journeys | Change on previous year | Concessionary share |
|---------|-------------------:|------------------------:|--------------------:|
| 2019/20 | 58,420             | –                       | 57.9%               |
| 2020/21 | 21,960             | –62.4%                  | 49.1%               |
| 2021/22 | 36,150             | +64.6%                  | 55.3%               |
| 2022/23 | 41,870             | +15.8%                  | 59.8%               |
| 2023/24 | 44,310             | +5.8%                   | 61.4%               |

2.1 Concessionary journeys are those made by holders of older and disabled persons' bus passes, who travel free of charge.

2.2 Patronage in 2023/24 remained 14,110 journeys (24.2 per cent) below the 2019/20 level.

Table 2: Boardings by stop, weekday survey, Tuesday 8 October 2024

| Stop                          | Boardings |
|-------------------------------|----------:|
| Kessingham bus station        | 112       |
| Ashcombe St Mary (The Green)  | 38        |
| Oakridge Green (Church Lane)  | 27        |
| Little Thornby (Post Office)  | 19        |
| Wendlesford (Market Cross)    | 64        |
| **Total**                     | **260**   |

### 3. Options considered

**Option A – Do nothing.** The route would cease after 29 March 2025. Oakridge Green and Little Thornby would be left with no public transport. Not recommended.

**Option B – Tender a replacement service.** Two bids were received for a like-for-like timetable of seven return journeys:

| Bidder                    | Annual cost |
|---------------------------|------------:|
| Castlemoor Travel Ltd     | £211,000    |
| Pell & Daughters Coaches  | £236,400    |

At 2023/24 patronage, the lower bid equates to approximately £4.76 per passenger journey.

**Option C – Grant to Thornvale Community Transport (TCT).** TCT would run five return journeys Monday to Saturday using its own vehicles under a Section 22 permit, with a council grant of £92,000 in 2025/26 and £56,500 in 2026/27 (total £148,500). The first-year grant equates to approximately £2.08 per passenger journey at 2023/24 patronage. The reduction in year two assumes growth in fare income.

### 4. Recommendation

4.1 Cabinet is recommended to approve Option C.

### 5. Risks

5.1 Reduced timetable: five return journeys rather than seven, and the last departure from Kessingham moves from 6.30pm to 5.45pm. This will affect some commuters and students.

5.2 Driver availability: TCT proposes to staff the route with 14 volunteer drivers and three paid drivers. Volunteer retention will be monitored quarterly.

5.3 Fares: TCT proposes an adult single fare of £2.50. Concessionary passes will be accepted and reimbursed under the council's existing scheme.

### 6. Consultation

6.1 A petition of 2,347 signatures was received at County Hall on Thursday 20 February 2025.

6.2 An online survey received 186 responses; 71 per cent of respondents said they used Route 62 at least once a week.

---

### Addendum – Cabinet decision, Tuesday 11 March 2025

Cabinet approved Option C by 7 votes to 2, with 1 abstention. Cllr Derek Stoyle and Cllr Amanda Rook voted against, citing concerns about the service's reliance on volunteer drivers. Cllr Harriet Lowe abstained.
`;

/** h735: sources/tct_press_release.html, whole. */
const ROUTE_RELEASE = `<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>Route 62 saved: Thornvale Community Transport to run Kessingham–Wendlesford bus from April</title>
</head>
<body>
<header>
<p><strong>Thornvale Community Transport</strong><br>
Unit 4, Millbrook Yard, Kessingham, Ambershire KG3 7TR<br>
Registered charity no. 1074418</p>
<p><strong>PRESS RELEASE – FOR IMMEDIATE RELEASE</strong><br>
Wednesday 12 March 2025</p>
</header>

<article>
<h1>Route 62 saved: Thornvale Community Transport to run Kessingham–Wendlesford bus from April</h1>

<p>Thornvale Community Transport (TCT), the Kessingham-based charity, will take over the Route 62 bus service between Kessingham and Wendlesford from Monday 7 April 2025, after Ambershire County Council's cabinet last night agreed a two-year grant of almost £150,000 to support the service.</p>

<p>Route 62, which links the villages of Ashcombe St Mary, Oakridge Green and Little Thornby with the market town of Kessingham, had faced closure after Greyline Buses announced in February that it would withdraw the service at the end of March. Greyline said the route was losing more than £60,000 a year.</p>

<p>The route carries around 44,000 passenger journeys a year, and more than 60 per cent of those journeys are made by people using concessionary bus passes.</p>

<h2>What passengers can expect</h2>

<ul>
<li>Five return journeys every Monday to Saturday. There will be no Sunday service, as at present.</li>
<li>The first bus will leave Wendlesford at 7.10am; the last bus will leave Kessingham bus station at 5.45pm.</li>
<li>Adult single fare: £2.50. Adult return: £4.50. Under-16s travel at half price.</li>
<li>All concessionary bus passes will be accepted.</li>
<li>Two brand-new 16-seat, wheelchair-accessible minibuses, bought for £188,000 with the help of a £120,000 grant from the Halbury Trust.</li>
<li>A team of nearly 20 drivers, both volunteers and paid staff, all trained to the charity's MiDAS minibus driving standard.</li>
</ul>

<h2>What they said</h2>

<p>Moira Aldous, chief executive of Thornvale Community Transport, said: "When Greyline pulled out, we had eight weeks to stop these villages being cut off, and we were not prepared to let that happen."</p>

<p>She added: "This is not a stopgap; we intend to be running Route 62 for many years to come."</p>

<p>The Rev Peter Hallam, chair of trustees at TCT, said: "Our volunteers are the reason this is possible, and we still need more of them."</p>

<p>Councillor Janet Pembury, Ambershire County Council's cabinet member for highways and transport, said: "Thornvale's bid offered far better value for taxpayers than any commercial tender we received."</p>

<h2>Community support</h2>

<p>A petition calling for Route 62 to be saved, signed by 2,347 people, was handed in at County Hall in Kessingham on Thursday 20 February. TCT would like to thank everyone who signed it, and the parish councils of Oakridge Green, Little Thornby and Ashcombe St Mary for their backing.</p>

<p>Anyone interested in volunteering as a driver or on the telephone booking line should call 01632 960 418 or email volunteer@thornvalect.org.uk.</p>
</article>

<footer>
<h2>Notes to editors</h2>
<ol>
<li>Thornvale Community Transport was founded in 1998 and runs a dial-a-ride service and group minibus hire across the Thornvale district. With the two new minibuses it will operate a fleet of 13 vehicles.</li>
<li>Route 62 will be operated under a Section 22 community bus permit.</li>
<li>Media enquiries: Lucy Varndell, communications officer, 01632 960 402, press@thornvalect.org.uk.</li>
</ol>
<p>ENDS</p>
</footer>
</body>
</html>
`;

/** h735: sources/interview_edna_marsh.txt, whole. */
const ROUTE_INTERVIEW = `KESSINGHAM COURIER – INTERVIEW TRANSCRIPT

Interviewee: Mrs Edna Marsh, 78, retired school cook, of Church Lane, Oakridge Green
Interviewer: Tom Brindle, reporter
Date: Thursday 13 March 2025, 10.40am
Location: Mrs Marsh's home, Church Lane, Oakridge Green
Recording length: 14 minutes 22 seconds
Transcribed by: T. Brindle

---

TOM BRINDLE: Thanks for seeing me, Mrs Marsh. How long have you been using the 62?

EDNA MARSH: Oh, thirty-one years now. We moved to Oakridge Green in 1994, Frank and me, and I've been on that bus ever since. Frank drove in those days, but I always liked the bus.

TOM BRINDLE: And how often do you use it now?

EDNA MARSH: Twice a week, regular as clockwork. Tuesdays and Fridays. Tuesday is market day in Kessingham, so I get my bits from the market. Fridays I go to the health centre if I've got an appointment with the doctor, or the library if I haven't.

TOM BRINDLE: Do you drive at all?

EDNA MARSH: No, not any more. I gave up my licence in 2019, after my cataract operation. Frank died in 2017, so since then it's been the bus or nothing, really.

TOM BRINDLE: How did you feel when Greyline said it was pulling the route?

EDNA MARSH: I cried when I heard it was going, I really did. I sat in that chair and I cried. Without that bus I would be stuck in this village with four walls and the telly.

TOM BRINDLE: You were involved in the petition, weren't you?

EDNA MARSH: I was. I sat outside the village shop for three mornings with a clipboard and I got 140 names. Everybody signed. Even people who never use the bus signed, because they know what it means for the likes of me.

TOM BRINDLE: And now Thornvale Community Transport is taking it on. What do you make of that?

EDNA MARSH: Well, I'm over the moon. It shows what a village can do when it shouts loud enough.

TOM BRINDLE: The new timetable has fewer buses, and the last one leaves Kessingham at quarter to six rather than half past six. Does that worry you?

EDNA MARSH: Not me, no. I'm always home by three. But it's not so good for the young ones. My grandson Callum works at Brantwood Garden Centre in Kessingham till six o'clock, so he'll have to find another way home. His mum will have to fetch him, I expect.

TOM BRINDLE: What about the fares?

EDNA MARSH: I've got my bus pass, so it doesn't cost me anything. But I know the new fare is cheaper than Greyline's, which is good for the youngsters.

TOM BRINDLE: Will you miss anything about Greyline?

EDNA MARSH: The drivers. The Greyline drivers were lovely, especially Gary, he'd wait for you if you were running late. I hope some of the new ones are as kind.

TOM BRINDLE: Thornvale says it needs more volunteers. Would you ever get involved?

EDNA MARSH: Well, I'm too old to drive one of those minibuses. But I might do a bit on the telephones for them, the booking line. I've told Moira I'll think about it.

TOM BRINDLE: Thank you, Mrs Marsh.

EDNA MARSH: You're welcome, love. Put the kettle on next time and I'll tell you about the old days.

[END OF RECORDING]
`;

/** h736: sources/press_release.md, whole. */
const RESULTS_RELEASE = `# PRESS RELEASE

**Brackenford High School celebrates best GCSE results in more than a decade**

**Issued by:** Meridian Learning Trust on behalf of Brackenford High School, Coldharbour Lane, Brackenford, Wealdshire
**Date:** Thursday 22 August 2024, 12.30pm
**For immediate release**

---

Pupils at Brackenford High School are celebrating the school's best GCSE results in more than a decade, in the first year under headteacher Dr Rachel Penhallow.

Year 11 pupils collected their envelopes from 8am this morning in the school's sports hall, where staff, governors and families gathered to congratulate them. Collection continued until 12 noon.

## Headline figures

Of the 186 pupils in Year 11, 68.3 per cent achieved grade 4 or above in both English and maths (the "standard pass"), up from 57.9 per cent in 2023, a rise of 10.4 percentage points.

The proportion achieving grade 5 or above in both English and maths (the "strong pass") rose to 41.4 per cent, up from 33.5 per cent in 2023.

Pupils were awarded a total of 74 grade 9s, the highest grade available, compared with 49 in 2023.

The school's provisional Progress 8 score is +0.21, compared with -0.34 in 2023. Progress 8 measures the progress pupils make between the end of primary school (Key Stage 2) and their GCSEs, compared with pupils nationally who had similar starting points. A score above zero means pupils made more progress than the national average.

The school's average Attainment 8 score rose to 48.6, from 43.1 in 2023.

## Results by subject

| Subject | Entries 2024 | Grades 9–7 (%) 2024 | Grades 9–4 (%) 2024 | Grades 9–4 (%) 2023 |
|---|---|---|---|---|
| English language | 184 | 22.3 | 76.1 | 66.5 |
| English literature | 181 | 19.9 | 72.4 | 64.0 |
| Mathematics | 186 | 20.4 | 71.5 | 60.2 |
| Combined science (double award) | 142 | 9.2 | 63.4 | 55.8 |
| Biology | 44 | 47.7 | 95.5 | 93.0 |
| Chemistry | 44 | 45.5 | 93.2 | 90.9 |
| Physics | 44 | 43.2 | 90.9 | 92.7 |
| Geography | 88 | 26.1 | 70.5 | 62.3 |
| History | 97 | 28.9 | 74.2 | 61.8 |
| French | 39 | 30.8 | 79.5 | 71.4 |
| Spanish | 27 | 25.9 | 66.7 | 72.0 |
| Art and design | 36 | 41.7 | 91.7 | 88.6 |
| Computer science | 31 | 32.3 | 77.4 | 69.0 |
| Religious studies | 64 | 17.2 | 65.6 | 58.1 |
| Music | 12 | 33.3 | 83.3 | 84.6 |

*Combined science is a double award; entries shown are the number of pupils. Percentages for combined science are based on the higher of the two grades awarded. All 2024 figures are provisional and exclude any changes following reviews of marking.*

## Individual successes

Priya Ramdhani was the school's top performer, achieving nine grade 9s and a grade 8 in the Level 2 Certificate in Further Mathematics. Priya will stay at Brackenford to study maths, further maths, physics and chemistry at A-level.

Callum Whitford achieved eight grade 9s and two grade 8s.

Amira Haddad, who joined the school in Year 10 speaking little English, achieved a grade 7 in English language and a grade 9 in Arabic.

## What made the difference

Dr Penhallow, who took up her post on Monday 4 September 2023, succeeded Mr Graham Tillotson, who retired in July 2023 after 14 years as headteacher.

During 2023-24 the school ran 14 Saturday morning revision sessions, from 9am to 12 noon, between Saturday 13 January and Saturday 11 May 2024. The sessions were organised by deputy headteacher Mr Kwame Asante and were attended by an average of 112 pupils each week.

Meridian Learning Trust, which runs Brackenford High School and ten other schools across Wealdshire, invested £240,000 in a new maths intervention programme over the 2023-24 academic year. The money funded two additional maths teachers and small-group tuition for 64 pupils. The programme was led by head of maths Ms Lorna Fitch.

The trust also spent £85,000 refurbishing the school library, which reopened to pupils on Monday 15 April 2024.

## What they said

Dr Rachel Penhallow, headteacher, said:

"These results belong to the young people who opened their envelopes this morning, and to the staff who never stopped believing in them. We asked a great deal of our pupils this year – Saturday mornings, extra tuition, no phones – and they rose to every challenge."

Mr Owen Bradwell, chief executive of Meridian Learning Trust, said:

"Brackenford has turned a corner faster than any of us dared hope. Rachel and her team have shown what is possible when high expectations are matched by proper support, and the trust will continue to back them."

Mrs Anita Sharma-Lowe, chair of governors, said:

"I am immensely proud of every one of our pupils. Governors listened carefully to parents before agreeing to lengthen the school day from September, and we will keep that decision under review."

## Background

Brackenford High School is an 11–18 academy with around 1,150 pupils, including 210 in its sixth form. It joined Meridian Learning Trust in 2019.

The school was judged "requires improvement" by Ofsted following an inspection in March 2022. A full inspection is expected during the 2024-25 academic year.

## Notes to editors

Photographs of pupils collecting their results are available on request. Parents have given consent for the pupils named above to be identified.

Media contact: Ms Harriet Coles, communications officer, Meridian Learning Trust, 01632 960418, press@meridian-trust.example
`;

/** h736: sources/letter_to_parents.txt, whole. */
const RESULTS_LETTER = `BRACKENFORD HIGH SCHOOL
Coldharbour Lane, Brackenford, Wealdshire
A member of Meridian Learning Trust

Headteacher: Dr Rachel Penhallow

Friday 23 August 2024

Dear Parents and Carers of Year 11,

GCSE results 2024 and arrangements for September

I am writing to thank you, and to congratulate your children, after yesterday's GCSE results day. It was a joy to see so many smiling faces in the sports hall, and I know that for some families the morning brought mixed feelings too. Whatever your child's results, I hope you are as proud of them as we are.

These are the best GCSE results Brackenford High School has achieved in more than ten years. Nearly seven in ten of our students secured at least a grade 4 in both English and maths, and more than four in ten achieved a grade 5 or better in both. Our students were awarded 74 grade 9s between them. Behind every one of those numbers is a young person who worked extremely hard.

I want to pay particular tribute to the staff who gave up their Saturday mornings. From January to May, Mr Asante and his team ran fourteen revision sessions, and more than 110 students came on an average Saturday. That is an extraordinary commitment from students and staff alike.

Mobile phones

Since Monday 8 January, mobile phones have been switched off and kept in bags from the moment students arrive until the end of the school day. I know this was not popular with everyone at first. However, I am convinced that the phone ban has made the single biggest difference to behaviour in lessons this year, and teachers tell me the same. The policy will continue in September and will apply to every year group, including the sixth form.

The school day from September

Following our consultation in the spring, to which 412 parents and carers responded (63 per cent of them in favour), the governing board voted on Tuesday 11 June by 11 votes to 2, with one abstention, to extend the school day by 20 minutes. From September, lessons will end at 3.20pm rather than 3pm. The additional time will be used for a daily reading and intervention period. Buses operated by Wealdway Coaches will leave from the Coldharbour Lane stop at 3.35pm.

Sixth form enrolment

Sixth form enrolment will take place on Tuesday 27 August, from 9am to 3pm, in the school library. Please ask your child to bring their results slip and photo identification. So far 97 of our Year 11 students have applied to join Brackenford Sixth Form, and we would be delighted to welcome more. Students who have not yet applied may still enrol on the day, subject to places and entry requirements.

Term dates

The autumn term begins on Wednesday 4 September for Year 7 and Year 12 only. All other year groups return on Thursday 5 September.

Reviews of marking

If you believe your child's paper may have been marked incorrectly, you can ask for a review of marking. The deadline for requests is Thursday 26 September. Exam boards charge a fee of £42 per paper. Where your child's mark is within two marks of a grade boundary and the school recommends a review, the school will pay the fee. In other cases the fee is payable by parents and is refunded if the grade changes. Please contact our exams officer, Mrs Carol Dimmock, by email at exams@brackenfordhigh.example.

GCSE drama

As many of you know, we were unable to offer GCSE drama to our current Year 10 after Mr Daniel Okafor left us in July 2023. Despite advertising the post three times, we could not recruit a specialist replacement. I know this has disappointed a number of families. I am pleased to tell you that Ms Freya Lindqvist will join us in September as head of performing arts, and we intend to offer GCSE drama again from September 2025.

Looking ahead

We are not going to stop here. Next year's Year 11 deserve the same ambition, the same support and the same belief that we showed this year's students, and they will have it.

Thank you once again for your support throughout the year. I look forward to seeing many of you at enrolment on Tuesday.

Yours sincerely,

Dr Rachel Penhallow
Headteacher
`;

/** h736: sources/interview_petrakis.md, whole. */
const RESULTS_INTERVIEW = `# Interview transcript: Joanne Petrakis

**Interviewee:** Mrs Joanne Petrakis, parent of Leo Petrakis (Year 11, Brackenford High School)
**Interviewer:** Tom Garside, education reporter, Brackenford Echo
**Recorded:** Thursday 22 August 2024, 10.15am, outside the main gates, Coldharbour Lane, Brackenford
**Length:** 14 minutes (transcript lightly edited for repetition)

---

**TG:** Thanks for stopping. How did Leo get on?

**JP:** Really well, honestly better than we expected. He got a 7 in maths, which he's over the moon about, and a 6 in English language. A 6 in literature as well. In the sciences he got an 8 in chemistry and 7s in biology and physics. Then a 6 in geography, a 5 in Spanish and a 7 in computer science.

**TG:** What's next for him?

**JP:** He's staying on for sixth form here. He wants to do chemistry, biology and maths. He's talking about pharmacy at the moment, but that changes every week.

**TG:** You've had children at the school before?

**JP:** My elder daughter, Sophie, finished Year 11 here in 2019. It was a different place then, to be honest. Perfectly nice teachers, but it felt like nobody was really in charge of the corridors.

**TG:** And now?

**JP:** It's changed completely since Dr Penhallow arrived. Two years ago Leo would come home and say nobody could hear the teacher, and now he says it's quiet enough to actually think. That's not a small thing for a lad like Leo.

**TG:** What do you put that down to?

**JP:** Partly the phones. When they brought the phone ban in after Christmas, Leo hated it. Absolutely hated it. By Easter he'd stopped complaining. And partly her. She's firm but fair. The kids know where they stand with her, and so do the parents.

**TG:** Did Leo go to the Saturday revision sessions?

**JP:** He went to almost all of them, I think he missed two. There'd be about ninety kids there most weeks, from what he said. Mr Asante was there every single Saturday, which I think the kids noticed. They'd get a bacon roll at half ten, which probably helped with the numbers.

**TG:** What about the longer school day from September? Some parents weren't keen.

**JP:** I voted for it in the consultation. Twenty minutes isn't the end of the world. I know some families with younger ones at primary find the pick-ups hard, so I understand why people were against it.

**TG:** Is there anything you'd criticise?

**JP:** The one thing I'd pull her up on is drama. Leo's friend Maisie wanted to do GCSE drama and they couldn't offer it, because the teacher left and they couldn't get anyone to replace him. That's not her fault exactly, but it hurt some families. Maisie's mum was very upset.

**TG:** So if you had to give the new head a mark out of ten?

**JP:** Eight out of ten. She'd get nine if drama comes back.

**TG:** Anything else you'd like to say?

**JP:** Just well done to all of them. And to the teachers. They've worked so hard this year, you could see it.

---

*End of transcript.*
`;

/** h737: sources/interview_beechcroft.md, whole. */
const CARE_HOME_INTERVIEW = `# Interview transcript: Joanne Whitlock, Beechcroft House

**Interviewee:** Joanne Whitlock, Registered Manager, Beechcroft House care home, Station Road, Hallowfield
**Interviewer:** Ellie Marsh, reporter, Hallowfield Gazette
**Date:** Tuesday 11 February 2025, 2.15pm
**Location:** Beechcroft House (in person). Recorded with consent; lightly edited for length.

---

**EM:** Thank you for seeing me. Can you start by telling me about the home?

**JW:** Of course. We're a residential and nursing home. We have 46 residents at the moment, and 31 of them need full help with personal care: washing, continence, everything. There are 58 staff across the week, including nurses. I've been the manager here for six years.

**EM:** When did you realise something was wrong?

**JW:** Our night senior, Carl Denby, rang me at about twenty to six on the Monday morning. The taps on the first floor had just gone to a trickle and then nothing. By half six the whole building was dry.

**EM:** What did you do first?

**JW:** I rang Marlbrook. We've been on the priority services register since 2019, so I assumed someone would be with us that morning. I was told we were on the list and a delivery would be arranged. Then I sent two members of staff to the Co-op and the big Sainsbury's on the ring road with the home's card and told them to buy every bottle they could carry.

**EM:** When did the company's delivery arrive?

**JW:** Tuesday afternoon. Five past three. I know because I wrote it in the incident log. That's well over a day after the water went off. Nobody came on the Monday at all. Nobody.

**EM:** How did you manage in the meantime?

**JW:** Honestly, my staff were heroes. They carried water up two flights of stairs in buckets. We filled the baths from the bottled water to do strip washes, we used paper plates and plastic cutlery so we didn't have to wash up, we went through wipes like you wouldn't believe. We had a tanker from Marlbrook on the Wednesday morning, and that made a big difference for flushing toilets.

**EM:** Was anyone harmed?

**JW:** No. I want to be clear about that. No resident became unwell because of the water. We watched fluid intake very closely, every resident had a hydration chart, and our GP practice was brilliant. But it was frightening, and it was exhausting.

**EM:** What did it cost the home?

**JW:** We spent £1,140 on bottled water, paper plates, wipes and so on. Then there's the extra staffing. We brought in extra carers for every shift from Monday to Thursday, and that came to about £2,600. So nearly £3,750 all told.

**EM:** Marlbrook says businesses will get £300. Is that enough?

**JW:** £300? It doesn't even cover the wipes. I'm not after a windfall. I'm not even after an apology, really. What I want is a plan. I want to know that next time the phone rings at quarter to six, somebody at Marlbrook knows there are 46 very frail people in this building.

**EM:** Have they been in touch since?

**JW:** Their customer services director, Lisa Harding, rang me last Friday and apologised. She said the contractor's list had us down as an ordinary business, not a care home. I appreciated the call. But I'd been telling them we were a care home since 2019.

**EM:** Is there anything you want to say to the company?

**JW:** Just that we were lucky. We've got good staff and we had money on the card. There are people living on their own in this town who didn't have either.

**EM:** Thank you.

*[Interview ends, 2.41pm]*
`;

/** h733: sources/cabinet_report.md, whole. */
const GARDEN_WASTE_REPORT = `# Brackenmoor District Council

## Cabinet – Wednesday 15 January 2025

### Agenda item 7: Garden Waste Collection Service – Introduction of an Annual Subscription Charge

**Report of:** Martin Eldridge, Head of Waste and Street Scene
**Cabinet Member:** Councillor Nadia Prewett, Cabinet Member for Environment and Waste
**Report published:** Tuesday 7 January 2025
**Key decision:** Yes
**Wards affected:** All

---

### 1. Purpose of the report

1.1 To ask Cabinet to end the free fortnightly garden waste collection service from Friday 28 March 2025 and to replace it with an opt-in subscription service, charged at £48 per bin per year, with effect from Tuesday 1 April 2025.

1.2 To ask Cabinet to approve a concessionary rate of £36 per bin per year for households in receipt of council tax reduction.

### 2. Recommendations

That Cabinet:

(a) approves the introduction of an annual garden waste subscription charge of £48 per bin for 2025/26;

(b) approves a concessionary charge of £36 per bin for households in receipt of council tax reduction;

(c) approves the sale of subsidised home composting bins at £15 each (usual retail price £32) from Monday 3 March 2025;

(d) delegates authority to the Head of Waste and Street Scene, in consultation with the Cabinet Member for Environment and Waste, to set the detailed terms and conditions of the scheme.

### 3. Background

3.1 The council has provided a free fortnightly garden waste collection to 58,400 eligible households since April 2009. Collections are suspended for four weeks over the Christmas period each year. Flats and properties without gardens are not eligible.

3.2 In 2023/24 the service collected 14,800 tonnes of garden waste, which was taken to Stonebridge Composting Ltd at Harrowfield Quarry for processing.

3.3 The council's Medium Term Financial Strategy, reported to Cabinet on Wednesday 4 December 2024, identified a budget gap of £4.6m for 2025/26. Karen Doyle, Director of Resources and Section 151 Officer, has advised that the gap cannot be closed without changes to discretionary services.

3.4 Garden waste collection is a discretionary service: under the Controlled Waste (England and Wales) Regulations 2012, councils may make a charge for collecting garden waste. Of the 12 district councils in the county, Brackenmoor is one of only two that still provides the service free of charge.

### 4. Costs of the current service

Table 1: Cost of the current free service, 2024/25

| Item | Cost (£) |
|---|---|
| Collection crews and vehicles (7 rounds) | 1,312,000 |
| Processing: 14,800 tonnes at £24.50 per tonne | 362,600 |
| Containers and replacements | 58,400 |
| Administration and customer contact | 41,000 |
| **Total** | **1,774,000** |

### 5. Projected take-up and income

5.1 Based on the experience of neighbouring authorities, officers have modelled three take-up scenarios. The central scenario assumes that 38.6 per cent of eligible households subscribe, of whom 3,100 pay the concessionary rate.

Table 2: Take-up scenarios, 2025/26

| Scenario | Take-up | Households | Of which concession | Income (£) |
|---|---|---|---|---|
| Low | 30.0% | 17,520 | 2,409 | 812,052 |
| Central | 38.6% | 22,542 | 3,100 | 1,044,816 |
| High | 45.0% | 26,280 | 3,614 | 1,218,072 |

5.2 Under the central scenario the service would need four collection rounds instead of seven, and tonnage is expected to fall to about 6,900 tonnes a year.

### 6. Costs of the subscription service

Table 3: Projected cost of the subscription service, 2025/26 (central scenario)

| Item | Cost (£) |
|---|---|
| Collection crews and vehicles (4 rounds) | 768,000 |
| Processing: 6,900 tonnes at £25.60 per tonne | 176,640 |
| Subscription administration and payment system | 64,000 |
| One-off set-up costs (software, permit stickers, communications) | 97,000 |
| **Total cost** | **1,105,640** |
| Less income (central scenario) | (1,044,816) |
| **Net cost to the council** | **60,824** |

6.1 Compared with the current service, the central scenario produces a net saving of £1,713,176 in 2025/26. From 2026/27, when the one-off set-up costs fall away, the saving rises to about £1.81m a year.

6.2 Under the low scenario the saving in 2025/26 would be £1,480,412; under the high scenario it would be £1,886,432.

6.3 The reduction from seven rounds to four would affect 9 full-time-equivalent posts. Officers expect all affected staff to be redeployed to vacancies in the refuse and recycling service, and no compulsory redundancies are anticipated.

### 7. Comparison with neighbouring authorities

Table 4: Garden waste charges in neighbouring authorities, 2024/25

| Authority | Annual charge per bin |
|---|---|
| Keldon Borough Council | £55 |
| Ridgeway Downs Council | £51 |
| Marston Fells District Council | £42 |
| Brackenmoor (proposed) | £48 |

### 8. Consultation

8.1 A public consultation ran for six weeks from Monday 7 October to Sunday 17 November 2024. It received 4,212 responses. Of these, 71.3 per cent opposed the introduction of a charge, 18.9 per cent supported it and 9.8 per cent were unsure.

8.2 The most common concerns raised were the cost to older residents (raised in 1,406 responses) and a possible increase in fly-tipping (raised in 1,188 responses).

### 9. Risks

9.1 Fly-tipping: the evidence from neighbouring authorities is mixed. Keldon Borough Council recorded no significant increase in garden-waste fly-tipping after introducing a charge in 2021. The council's enforcement team will monitor reported incidents monthly and report to the Environment Overview and Scrutiny Committee after six months.

9.2 Recycling rate: the council's household recycling rate was 47.2 per cent in 2023/24. Officers estimate that the charge could reduce this by between 3 and 5 percentage points, as some garden waste moves into home composting, which does not count towards the rate.

### 10. Equality impact

10.1 An equality impact assessment is attached as Appendix B. It identifies a potential adverse impact on older residents and on residents with disabilities. A concession for residents aged 75 and over was considered but is not recommended; officers estimate it would cost about £140,000 a year in lost income.

### 11. Timetable

| Date | Action |
|---|---|
| Monday 3 March 2025 | Sign-up opens online and by phone; compost bins on sale |
| Friday 28 March 2025 | Last free collection |
| Tuesday 1 April 2025 | First subscription collections |
`;

describe('hyphened surnames, meeting days, titles, posts, "one of", estimates, avoiding and the closest passage\'s date, with the product\'s word vectors', () => {
  withProductWordVectors();

  test('"Cllr Sunita Rao-Hebden … told the meeting" is the minutes\' "Cllr Rao-Hebden introduced the report. She said:"; Cllr Hannah Obi is caught', async () => {
    const files = { 'sources/cabinet_minutes_2025-03-11.md': CAR_PARK_MINUTES };
    assert.deepEqual(await misattributions(files, 'Cllr Sunita Rao-Hebden, cabinet member for finance and assets, told the meeting the council could not "keep pouring money into a concrete box that fewer people use every year."'), []);
    const other = await misattributions(files, 'Cllr Hannah Obi told the meeting the council could not "keep pouring money into a concrete box that fewer people use every year."');
    assert.equal(other.length, 1, JSON.stringify(other));
    assert.ok(other[0].includes('Rao-Hebden'), other[0]);
  });

  test('"approved a two-year grant … at a meeting on Tuesday 11 March" is not the service\'s "from Monday 7 April 2025"; £184,500 is caught', async () => {
    const route = judgeWith(await workspaceIndex({ 'sources/acc_briefing_route62.md': ROUTE_BRIEFING, 'sources/tct_press_release.html': ROUTE_RELEASE, 'sources/interview_edna_marsh.txt': ROUTE_INTERVIEW }));
    const faithful = route('Ambershire County Council\'s cabinet approved a two-year grant of £148,500 for the service at a meeting on Tuesday 11 March.');
    assert.deepEqual(faithful.conflicts, [], why(faithful));
    const other = route('Ambershire County Council\'s cabinet approved a two-year grant of £184,500 for the service at a meeting on Tuesday 11 March.');
    assert.notEqual(other.verdict, 'supported', why(other));
  });

  test('"took up the headship", "collected their results" and "one of the biggest gains" are the press release\'s; 16 years for 14 is caught', async () => {
    const school = judgeWith(await workspaceIndex({ 'sources/press_release.md': RESULTS_RELEASE, 'sources/letter_to_parents.txt': RESULTS_LETTER }));
    const headship = school('Dr Rachel Penhallow took up the headship on Monday 4 September 2023, succeeding Graham Tillotson, who retired after 14 years at the school.');
    assert.deepEqual(headship.conflicts, [], why(headship));
    const results = school('Pupils collected their results from 8am in the sports hall.');
    assert.deepEqual(results.conflicts, [], why(results));
    const gains = school('History recorded one of the biggest gains, climbing more than 12 percentage points to 74.2 per cent.');
    assert.deepEqual(gains.conflicts, [], why(gains));
    const other = school('Dr Rachel Penhallow took up the headship on Monday 4 September 2023, succeeding Graham Tillotson, who retired after 16 years at the school.');
    assert.equal(other.verdict, 'contradicted', why(other));
  });

  test('"By her estimate, about 90 pupils attended" is the parent\'s "about ninety kids", not the school\'s 112; "about 60" is caught', async () => {
    const school = judgeWith(await workspaceIndex({ 'sources/press_release.md': RESULTS_RELEASE, 'sources/interview_petrakis.md': RESULTS_INTERVIEW }));
    const faithful = school('By her estimate, about 90 pupils attended the Saturday sessions most weeks.');
    assert.deepEqual(faithful.conflicts, [], why(faithful));
    const other = school('By her estimate, about 60 pupils attended the Saturday sessions most weeks.');
    assert.equal(other.verdict, 'contradicted', why(other));
  });

  test('"used paper plates to avoid washing up" is "so we didn\'t have to wash up"; "still had to wash up" is caught', async () => {
    const home = judgeWith(await workspaceIndex({ 'sources/interview_beechcroft.md': CARE_HOME_INTERVIEW }));
    const faithful = home('Staff carried water up two flights of stairs in buckets, used paper plates to avoid washing up and gave residents strip washes with bottled water.');
    assert.deepEqual(faithful.conflicts, [], why(faithful));
    const other = home('Staff used paper plates because they still had to wash up.');
    assert.ok(other.conflicts.some((c) => c.kind === 'negation'), why(other));
  });

  test('an unsupported date is shown with the date the closest passage gives: "Monday 10 March" / "Monday 3 March 2025"', async () => {
    const report = await checkAgainst({ 'sources/cabinet_report.md': GARDEN_WASTE_REPORT }, '# Story\n\nResidents will be able to sign up online or by phone from Monday 10 March.\n');
    const finding = report.findings.find((f) => f.code === 'unsupported-claim');
    assert.ok(finding?.message.includes('gives “Monday 3 March 2025”'), finding?.message);
    const right = await checkAgainst({ 'sources/cabinet_report.md': GARDEN_WASTE_REPORT }, '# Story\n\nResidents will be able to sign up online or by phone from Monday 3 March.\n');
    assert.ok(!right.findings.some((f) => f.message.includes('gives “')), JSON.stringify(right.findings.map((f) => f.message)));
  });
});
