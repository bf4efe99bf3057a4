/**
 * Helper sources that two verdict tests each use, whole (the forty-ninth round's read-back): h429's interviews and
 * h423's sentencing summary. The people, bodies and places are invented.
 */
/** h429: sources/interviews_transcript.txt, whole. */
export const HANDOVER_INTERVIEWS = `INTERVIEW TRANSCRIPT
Aldermoor Evening Post
Date: Wednesday 5 March 2025
Interviewer: Lucy Fenwick, health correspondent
Part 1: Mark Doyle, paramedic, Severn Vale Ambulance Service NHS Trust, Aldermoor ambulance station (by telephone, 10:15)
Part 2: Daniel Achebe, Chief Operating Officer, Kingsmead Hospitals NHS Foundation Trust (at Kingsmead General Hospital, 14:30)
Recorded with consent. Transcribed by Lucy Fenwick.

--- PART 1 ---

LUCY FENWICK: Thanks for talking to me, Mark. How long have you been a paramedic?

MARK DOYLE: Fourteen years, all of it out of Aldermoor station. I'm speaking as myself, and I've cleared it with the trust's press office.

LUCY FENWICK: What has this winter been like outside Kingsmead?

MARK DOYLE: The worst I've known. In the first week of January I did four twelve-hour shifts and on three of them I handed over one patient in the whole shift. One patient. We'd sit in the line with the engine running for the heaters and watch the calls stacking up on the screen.

LUCY FENWICK: How many ambulances would be queuing?

MARK DOYLE: On the Tuesday, the seventh, I counted 23 ambulances outside the emergency department at about nine in the evening. The longest one that day was nearly ten hours, a lady with a broken hip. That crew was relieved twice and the patient stayed on the same trolley.

LUCY FENWICK: What does that mean for people waiting at home?

MARK DOYLE: It means the lady who fell in Brackwell waits five hours on the kitchen floor because there's no one to send. That's what keeps me awake. We're not sitting there because we're lazy. We're sitting there because there's no bed for our patient to go to.

LUCY FENWICK: Has it got better since?

MARK DOYLE: A bit, yes. February was better than January, apart from the week the norovirus hit. The release to respond thing helps when it's used. But some nights the answer is still "not yet", and you don't argue with a nurse who's got nowhere to put anyone.

LUCY FENWICK: The hospital is opening an Ambulance Receiving Area. Will that make a difference?

MARK DOYLE: If it's staffed properly, yes. Twelve trolleys is twelve crews back on the road. But if it's staffed by borrowing nurses from the wards, it will be full by lunchtime and we'll be back in the car park.

--- PART 2 ---

LUCY FENWICK: Mr Achebe, thank you. The ambulance trust says its crews lost more than 5,400 hours outside your hospital in seven weeks. Is that right?

DANIEL ACHEBE: I don't dispute their figures. They're awful, and I've said so to Graham Lister directly. Every one of those hours is a patient we should have taken inside sooner.

LUCY FENWICK: Why couldn't you?

DANIEL ACHEBE: Because the building was full. On a typical day in January we had about ninety patients who were well enough to leave but had nowhere safe to go. That's more than three wards. If I had those beds, the emergency department could move patients up, and the ambulances could hand over.

LUCY FENWICK: When will the Ambulance Receiving Area open?

DANIEL ACHEBE: Monday the 17th of March. It's twelve trolley spaces, and I want to be clear, it is not staffed by taking nurses from the wards. We have recruited 18 registered nurses and 9 healthcare assistants specifically for it. Fourteen of the nurses have already started their induction.

LUCY FENWICK: Paramedics say they've heard promises before.

DANIEL ACHEBE: They have, and they're right to be sceptical. So judge us on the numbers. Our aim is that by the end of April no handover at Kingsmead takes longer than 45 minutes. Not the average. Every handover.

LUCY FENWICK: And if you don't meet that?

DANIEL ACHEBE: Then I will come back and tell you why. I'm not going to hide behind a statement.

LUCY FENWICK: What about the council's role?

DANIEL ACHEBE: The 40 care-home beds the council is funding will make a real difference, and I'm grateful for them. But they're for eight weeks. We need something that lasts beyond the spring.

[END OF TRANSCRIPT]
`;

/** h423: sources/judgment_summary.md, whole. */
export const CSI_JUDGMENT = `# Ashby Meade Crown Court — Sentencing Summary

**Case:** Care Standards Inspectorate v Brightwater Care Group Ltd
**Case number:** T20247731
**Judge:** His Honour Judge Peter Lindqvist
**Date of sentence:** Thursday 6 March 2025
**Prosecuting:** Helen Marsh, counsel for the Care Standards Inspectorate
**Defending:** Adrian Coles KC, for Brightwater Care Group Ltd

## Summary of the offence

Brightwater Care Group Ltd, which runs Rowan Lodge care home on Orchard Rise, Ashby Meade, pleaded guilty at Ashby Meade Magistrates' Court on Thursday 9 January 2025 to one offence of failing to provide safe care and treatment, resulting in avoidable harm to a resident. The case was committed to the Crown Court for sentence.

The resident, Mrs Edith Harlow, aged 87, had lived at Rowan Lodge since August 2021. She had dementia and was assessed as being at high risk of falls. In the early hours of Tuesday 14 March 2023, at about 2.40am, Mrs Harlow left her first-floor bedroom, walked through a fire door to the rear stairwell that should have been kept closed, and fell down a flight of 14 stairs. She was not found until 3.25am, some 45 minutes later, by a night care assistant, Mr Daniel Okafor.

Mrs Harlow suffered a fractured hip and a fractured left wrist. She was taken to Ashby Meade General Hospital, where she underwent surgery on 15 March 2023. She died in hospital on Sunday 2 April 2023, 19 days after the fall. The court heard that the fall was a significant contributing factor in her death.

Mrs Harlow had fallen twice before at the home, on 3 January 2023 and on 21 February 2023. On neither occasion was her falls risk assessment reviewed, as the home's own policy required within 48 hours of any fall.

## Failings identified by the court

| No. | Failing | Detail |
|-----|---------|--------|
| 1 | Risk assessment not reviewed | No review after falls on 3 January and 21 February 2023; last review dated 9 November 2022 |
| 2 | Sensor mat not working | Bedroom pressure mat had been unplugged since at least 3 March 2023 |
| 3 | Stairwell door defect | Magnetic door closer reported faulty on 3 March 2023, 11 days before the fall; not repaired |
| 4 | Night staffing below assessed level | 3 care staff on duty for 42 residents; the home's own dependency tool required 5 |
| 5 | Training gaps | Falls-prevention training completion stood at 61% against a company target of 95% |

## Sentencing remarks (extracts)

Judge Lindqvist said the failings were "not a single lapse but a pattern of neglect of basic safety systems." He added: "Mrs Harlow's family placed their trust in this company, and that trust was badly let down."

The judge found that culpability was high and that the harm category was level A. He said the company's turnover, stated at £58.2 million for the year ending March 2024, placed it in the "large organisation" bracket.

The starting point for the fine was £360,000. The judge gave full credit of one third for the early guilty plea, reducing the fine to £240,000. He also took into account that the company had no previous convictions and had since spent £410,000 on improvements across its homes.

## Orders

| Item | Amount |
|------|--------|
| Fine | £240,000 |
| Prosecution costs | £38,500 |
| Victim surcharge | £190 |
| **Total** | **£278,690** |

The company was given 28 days to pay.

## Mitigation

Mr Coles KC told the court that the registered manager at the time, Mrs Sandra Oyelaran, left the company in June 2023, and that Brightwater had since appointed a new group head of quality, Dr Priya Nandakumar. He said the company had fitted new door alarms at all 17 of its homes and that night staffing at Rowan Lodge had been raised to 5 care staff. "The company accepts in full that it failed Mrs Harlow," he said.
`;
