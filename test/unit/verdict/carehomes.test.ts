/**
 * An inquest into a death at a care home: the coroner's record and prevention of future deaths report (plain text) and
 * the statements issued after it (Markdown). The sources are written for these tests (from a helper's draft); the home,
 * the company and the people are invented.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { checkAgainst, expectVerdictWith, workspaceIndex } from './sources';
import { withProductWordVectors } from './productVectors';

const RECORD = `NORTH YORKSHIRE AND YORK CORONER'S SERVICE

RECORD OF INQUEST AND REGULATION 28 REPORT TO PREVENT FUTURE DEATHS

Deceased: Margaret Ellen Hardcastle
Date of birth: 14 March 1938
Date of death: 9 November 2023
Place of death: Ashdown Lodge Care Home, Fulford Road, York

Inquest heard at: York Coroner's Court, Sovereign House, York
Dates of hearing: Monday 3 June 2024 to Thursday 6 June 2024
Conclusion delivered: Friday 7 June 2024
Coroner: Mr Jonathan Pryce-Whitley, Senior Coroner for North Yorkshire and York
Sitting with a jury: No

1. BACKGROUND

Mrs Hardcastle, aged 85, was a retired primary school teacher from Acomb. She had been diagnosed with vascular dementia in 2019 and moved into Ashdown Lodge, a 64-bed residential and nursing home operated by Evergreen Vale Care Ltd, on 21 August 2022. She had a documented history of falls and was assessed on admission as being at high risk of falling. Her care plan required two-hourly checks at night and the use of a pressure-sensor floor mat beside her bed.

2. TIMELINE OF EVENTS

On the evening of Wednesday 8 November 2023, Mrs Hardcastle was assisted to bed at approximately 8.40pm by care assistant Ms Chloe Benton. Ms Benton told the inquest that the sensor mat was in place but that she did not check whether it had been switched on at the wall.

The night shift began at 9pm. Three staff were on duty for the 41 residents then living in the home: night nurse Mr Daniel Okafor, who was in charge of the building, and two care assistants, Ms Benton and Ms Roxana Ilie. The home's own staffing tool, introduced in April 2023, recommended a minimum of four night staff for that level of occupancy and dependency.

Records show that Mrs Hardcastle was checked at 10.05pm and at 12.10am on 9 November. The check due at around 2am was not carried out. Mr Okafor told the inquest that at that time he was dealing with a resident on the first floor who had become acutely unwell and that an ambulance had been called for that resident at 1.52am.

At 3.47am Ms Ilie found Mrs Hardcastle on the floor of her room, lying between the bed and the wardrobe. She was cold to the touch and was making no verbal responses. The sensor mat had not alarmed. It was later found to be unplugged.

A 999 call was made at 3.58am, eleven minutes after Mrs Hardcastle was found. Yorkshire Ambulance Service paramedics arrived at 4.41am. Mrs Hardcastle was taken to York Hospital, where a CT scan showed a fractured right hip and a subdural haematoma. She died at 11.20am on Thursday 9 November 2023.

3. MEDICAL CAUSE OF DEATH

Consultant pathologist Dr Aisha Rahman gave the medical cause of death as:
1a Subdural haematoma
1b Fall
II Vascular dementia; fractured neck of right femur

Dr Rahman told the inquest that she could not say precisely when the fall occurred but that the findings were "consistent with a period on the floor of at least one hour, and possibly considerably longer."

4. EVIDENCE

The court heard from eleven witnesses, including the home manager, Mrs Patricia Lowther, and the regional director of Evergreen Vale Care, Mr Stephen Achterberg.

Mrs Lowther accepted that the home had relied on agency staff to fill 38 per cent of night shifts in the three months before Mrs Hardcastle's death. She said that the fourth night shift post had been vacant since July 2023 and that two agency bookings for the night of 8 November had been cancelled by the agency at short notice.

Mr Achterberg told the court that sensor mats were checked weekly by the maintenance team, not at each bedtime. He said the company had since spent £46,000 on new wireless sensor equipment across its nine homes in Yorkshire.

An inspection by the Care Quality Commission in February 2023 had rated Ashdown Lodge "Requires Improvement" overall and "Inadequate" for the safe domain. A follow-up inspection in January 2024, after the death, rated the home "Requires Improvement" in all five domains.

Mrs Hardcastle's daughter, Mrs Karen Whitby, told the court: "Mum was promised someone would look in on her every two hours. Nobody did, and she lay there alone."

5. CONCLUSION

The coroner recorded a narrative conclusion:

"Margaret Hardcastle died from a head injury sustained in an unwitnessed fall at her care home. The fall occurred at some point after 12.10am on 9 November 2023. Her death was contributed to by neglect. A scheduled two-hourly check was missed because the home was understaffed, and a sensor mat that would have alerted staff was not switched on. Had she been found earlier, it is probable, though not certain, that she would have survived."

6. MATTERS OF CONCERN (REGULATION 28)

In the coroner's opinion there is a risk that future deaths will occur unless action is taken. The matters of concern are:

(1) Night staffing at Ashdown Lodge fell below the level set by the provider's own dependency tool, and there was no escalation procedure for when agency cover was cancelled.

(2) There was no procedure requiring staff to confirm at bedtime that falls-prevention equipment was switched on and working.

(3) The delay of eleven minutes between Mrs Hardcastle being found and a 999 call being made. Staff told the inquest they first tried to reach the on-call manager, who did not answer.

(4) The ambulance response time of 43 minutes for a category 2 call, against a national target mean of 18 minutes.

7. ACTION SHOULD BE TAKEN

The coroner said: "I am not satisfied that the lessons of this death have yet been fully learned. Staffing levels are not a matter of convenience; they are a matter of safety."

This report is sent to: Evergreen Vale Care Ltd; the Care Quality Commission; Yorkshire Ambulance Service NHS Trust; and the Department of Health and Social Care.

Recipients are under a duty to respond within 56 days of the date of this report, which is 12 June 2024.

Copies have been sent to Mrs Hardcastle's family, the Chief Coroner and the Local Safeguarding Adults Board for York.

Signed: J. Pryce-Whitley, Senior Coroner
Dated: 12 June 2024
`;

const STATEMENTS = `# Statements issued after the inquest into the death of Margaret Hardcastle

*Compiled for the newsdesk, Friday 7 June 2024. Both statements were emailed to reporters outside York Coroner's Court shortly after the conclusion was delivered.*

---

## 1. Statement from Evergreen Vale Care Ltd

**Issued by:** Ms Fiona Castellano, Chief Executive, Evergreen Vale Care Ltd
**Embargo:** None
**Contact:** press office, Harrogate

> "Our thoughts remain with Mrs Hardcastle's family, and we apologise unreservedly for the failings identified by the coroner. Margaret was a much-loved member of the Ashdown Lodge community and she deserved better from us."

Evergreen Vale Care accepts the coroner's findings in full and will respond formally to the Regulation 28 report within the required period.

Since November 2023, the company has:

- increased night staffing at Ashdown Lodge from three to five staff, above the level recommended by its dependency tool;
- recruited 14 permanent night care assistants across its homes, reducing reliance on agency staff at Ashdown Lodge from 38 per cent of night shifts to 9 per cent;
- replaced plug-in sensor mats with wireless equipment in all nine of its Yorkshire homes, at a cost of £46,000;
- introduced a bedtime safety checklist which must be signed by two members of staff;
- changed its escalation policy so that staff call 999 first and the on-call manager second.

Ms Castellano said: "We did not get this right, and we have not waited for the inquest to act. Every one of these changes was in place by the end of March."

The company said that Mrs Patricia Lowther, the home manager at the time of Mrs Hardcastle's death, left the organisation in February 2024. It did not say whether her departure was connected to the death. A new manager, Mr Graham Ositelu, took up post on 4 March 2024.

Evergreen Vale Care operates nine care homes in North Yorkshire and West Yorkshire with a total of 512 beds and employs around 740 staff. The company said it would not be commenting on individual employees.

---

## 2. Statement from Hartley Moss Solicitors on behalf of the family

**Issued by:** Mr Owen Prendergast, Partner, Hartley Moss Solicitors, Leeds
**On behalf of:** Mrs Karen Whitby and Mr Peter Hardcastle, daughter and son of Margaret Hardcastle

> "Today's conclusion that neglect contributed to Margaret's death is a vindication for a family who have spent seven months asking simple questions and getting no straight answers."

Mr Prendergast said the family had first raised concerns about night checks with the home in September 2023, two months before Mrs Hardcastle died, after finding her on the floor of her room during an early-morning visit. No incident form was completed on that occasion, the inquest heard.

"The family told Ashdown Lodge in writing that Margaret was falling at night," Mr Prendergast said. "The home did not change her care plan. It did not increase her checks. It did not even make sure the alarm was plugged in."

He said the family welcomed the coroner's decision to issue a prevention of future deaths report, but criticised the fact that the ambulance service had been given the same 56 days to respond as the care home.

Mr Peter Hardcastle, 58, said in a statement read by Mr Prendergast: "My mother spent her whole life looking after other people's children. In the end, nobody was looking after her. We want to make sure no other family finds out the way we did."

Mrs Whitby, 61, added: "We are not angry at the carers who were there that night. There were three of them for forty-one people. We are angry at the people who decided that was enough."

The family is considering a civil claim against Evergreen Vale Care. Mr Prendergast said a letter of claim would be sent "within the next few weeks" and that the family had also asked North Yorkshire Police to review whether a criminal investigation should be opened. A spokesperson for North Yorkshire Police said the force had received the request on Wednesday 5 June and was "assessing it", but that no investigation was currently under way.

The Care Quality Commission said it had carried out two inspections at Ashdown Lodge since Mrs Hardcastle's death and would "consider the coroner's findings carefully". A spokesperson for Yorkshire Ambulance Service said the trust had received 11 per cent more category 2 calls in November 2023 than in November 2022 and that its mean response time that month had been 39 minutes.

---

*Notes to editors: Photographs of Mrs Hardcastle have been supplied by the family and may be used with the credit "Family handout". The family do not wish to be approached directly; all enquiries should go through Hartley Moss Solicitors.*
`;

const files = { 'inquest_record_and_pfd_report.txt': RECORD, 'statements_after_inquest.md': STATEMENTS };

describe("an inquest into a care home death: the coroner's report and the statements, with the product's word vectors", () => {
  withProductWordVectors();

  test('a profession is no other role than a post: "the family\'s solicitor" / "Partner, Hartley Moss Solicitors"', async () => {
    const verdict = expectVerdictWith(await workspaceIndex(files));
    // Was contradicted: "The source gives Partner, not family's solicitor".
    verdict('supported', "The family's solicitor, Owen Prendergast of Hartley Moss Solicitors, said the family first raised concerns about night checks in September 2023, two months before she died.");
  });

  test('"had exceeded the level set by" / "fell below the level set by"', async () => {
    const verdict = expectVerdictWith(await workspaceIndex(files));
    // Was supported.
    verdict('contradicted', "The coroner found that night staffing at Ashdown Lodge had exceeded the level set by the provider's own dependency tool.", [['exceeded', 'below']]);
    verdict('supported', "The coroner found that night staffing at Ashdown Lodge had fallen below the level set by the provider's own dependency tool.");
  });

  test('"A spokesperson for Yorkshire Ambulance Service said" is the ambulance service, not the body named before it', async () => {
    // Was "In the source, this was said by Care Quality Commission, not Yorkshire Ambulance Service".
    const right = await checkAgainst(files, '# Inquest\n\nYorkshire Ambulance Service said it had received 11 per cent more category 2 calls in November 2023 than a year earlier.\n');
    assert.deepEqual(right.findings.filter((f) => f.code === 'misattributed-quote').map((f) => f.message), []);
    const wrong = await checkAgainst(files, '# Inquest\n\nThe Care Quality Commission said it had received 11 per cent more category 2 calls in November 2023 than a year earlier.\n');
    assert.deepEqual(wrong.findings.filter((f) => f.code === 'misattributed-quote').map((f) => f.message.replace(/ \(.*$/, '')), ['In the source, this was said by Yorkshire Ambulance Service, not Care Quality Commission']);
  });
});
