/**
 * A hospital maternity unit's inspection: the regulator's inspection report summary with ratings and a header of
 * key-value lines, and the hospital trust's statement. The sources are written for these tests (from a helper's
 * draft); the regulator, the trust and the people are invented.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { checkAgainst, expectVerdictWith, workspaceIndex } from './sources';
import { withProductWordVectors } from './productVectors';

const SUMMARY = `HEALTHCARE STANDARDS INSPECTORATE
Inspection report summary

EMBARGOED UNTIL 00:01, WEDNESDAY 21 AUGUST 2024

Provider:             North Calderwick NHS Foundation Trust
Location:             Wexbridge General Hospital, Harlow Road, Wexbridge WX4 2HN
Core service:         Maternity
Report reference:     HSI-MAT-2024-0317
Location ID:          1-48829310
Inspection type:      Unannounced, focused inspection
Site visits:          Tuesday 14 May 2024 and Wednesday 15 May 2024
Well-led interviews:  Thursday 6 June 2024
Lead inspector:       Fiona Marchbank, Inspection Manager
Date of publication:  Wednesday 21 August 2024

======================================================================
RATINGS
======================================================================

Key question     | This inspection        | Previous rating (March 2021)
-----------------+------------------------+-----------------------------
Safe             | Inadequate             | Requires improvement
Effective        | Requires improvement   | Good
Caring           | Good                   | Good
Responsive       | Requires improvement   | Good
Well-led         | Inadequate             | Good
-----------------+------------------------+-----------------------------
OVERALL          | INADEQUATE             | Good

The overall rating for maternity services at Wexbridge General Hospital
has gone down from Good to Inadequate.

======================================================================
ABOUT THE SERVICE
======================================================================

The maternity unit at Wexbridge General Hospital delivered 4,126 babies
in the 12 months to 31 March 2024. It has a labour ward with 12 delivery
rooms and two obstetric theatres, a midwife-led birth centre with four
birthing rooms, a 28-bed postnatal ward, an antenatal day assessment
unit and a maternity triage area. Community midwifery teams are based
at Wexbridge and at Calderwick Community Hospital.

The inspection team of nine comprised the lead inspector, four further
inspectors, two specialist midwifery advisers, a consultant obstetrician
and an expert by experience.

We carried out this inspection in response to concerns raised with us
by staff and by families, including 14 whistleblowing contacts received
between October 2023 and March 2024.

Following the inspection, on Friday 24 May 2024, we served the trust
with a warning notice under Section 29A of the Health and Social Care
Act 2008, requiring significant improvements in maternity triage,
staffing oversight and the checking of emergency equipment.

======================================================================
SUMMARY OF FINDINGS
======================================================================

SAFE - Inadequate

 * The service did not have enough midwives to keep women and babies
   safe. At the time of the inspection the midwifery vacancy rate was
   14.6 per cent, equivalent to 41.5 whole-time equivalent posts.
 * Women in established labour received one-to-one midwifery care 87
   per cent of the time in the three months to the end of April 2024,
   against a national standard of 100 per cent.
 * The labour ward coordinator was not supernumerary on 23 of the 56
   shifts we reviewed.
 * The midwife-led birth centre was closed, or women were diverted to
   the labour ward, on 19 occasions between January and April 2024
   because of staff shortages.
 * In April 2024 only 62 per cent of women attending maternity triage
   were assessed within 15 minutes of arrival. The longest wait we
   found was 4 hours and 20 minutes, for a woman who had reported
   reduced fetal movements.
 * Compliance with mandatory multi-professional emergency skills
   training was 71 per cent for midwives and 58 per cent for obstetric
   doctors, against the trust's own target of 90 per cent.
 * Daily safety checks of the neonatal resuscitaire in delivery room 6
   were not recorded on 11 days in April 2024.
 * On 14 May 2024 we found a controlled drugs cupboard in the birth
   centre unlocked and unattended.
 * Hourly "fresh eyes" reviews of fetal heart monitoring (CTG) were
   documented in only 27 of the 40 records we audited (68 per cent).

EFFECTIVE - Requires improvement

 * 31 of the unit's 118 clinical guidelines were past their review
   date, including the guideline on management of sepsis in pregnancy.
 * The rate of postpartum haemorrhage of 1,500ml or more was 4.1 per
   cent in 2023-24, above the national average of 3.1 per cent.

CARING - Good

 * Most of the 37 women and birthing people and 11 partners we spoke
   to described staff as kind, caring and respectful.
 * Bereavement care in the Rosewood Suite was outstanding in places.
   Families told us bereavement midwives had stayed beyond their shifts
   to support them.

RESPONSIVE - Requires improvement

 * The trust received 64 complaints about maternity care in 2023-24.
   Only 29 per cent were responded to within the trust's target of 40
   working days.
 * Some women waited up to 52 hours for their induction of labour to
   continue after it had started.

WELL-LED - Inadequate

 * Leaders were not visible on the unit and staff did not feel able
   to raise concerns. Only 41 per cent of midwives who responded to the
   most recent staff survey said they would recommend the trust as a
   place to work.
 * The board did not receive accurate information about maternity
   safety. A risk relating to delays in maternity triage had been on
   the maternity risk register since August 2022 without effective
   action being taken.
 * There were 47 incident investigations that had been open for more
   than 60 days. The service reported nine serious incidents in the 12
   months to March 2024.

======================================================================
QUOTES
======================================================================

Dr Rowan Ellery, Deputy Chief Inspector of Hospitals (Maternity), said:

"Women and babies at Wexbridge deserve care that is consistently safe,
and during our visits that was not what we found.

"Staff were working incredibly hard, often skipping breaks to keep the
unit running, but they told us they felt their concerns went unheard by
senior leaders. That has to change.

"We were pleased to see the kindness and compassion staff showed women
and families, particularly in bereavement care.

"We will return to check that the trust has made the improvements
required by our warning notice."

Fiona Marchbank, Inspection Manager, said:

"The longest triage waits we saw involved women who were worried about
their baby's movements. Those are exactly the women who need to be seen
quickly."

======================================================================
WHAT HAPPENS NEXT
======================================================================

The trust must send us an action plan setting out how it will meet the
requirements of the warning notice by Wednesday 18 September 2024. We
will continue to monitor the service closely and will carry out a
further inspection to check on progress.

======================================================================
NOTES TO EDITORS
======================================================================

1. The Healthcare Standards Inspectorate (HSI) is the independent
   regulator of health and adult social care services in England.
2. Services are rated on a four-point scale: Outstanding, Good,
   Requires improvement and Inadequate. Five key questions are asked
   of every service: is it safe, effective, caring, responsive and
   well-led?
3. A warning notice under Section 29A is served where the regulator
   considers that a service needs significant improvement in the
   quality of health care it provides.
4. The full report will be available on the HSI website from the time
   of publication.

For further information contact the HSI press office on 020 7946 0832.
Out of hours: 07700 900 417.

ENDS
`;

const STATEMENT = `# North Calderwick NHS Foundation Trust

## Statement: Healthcare Standards Inspectorate report on maternity services at Wexbridge General Hospital

**For release: 00:01, Wednesday 21 August 2024**
**Ref: NCFT/COMMS/24/112**

---

North Calderwick NHS Foundation Trust accepts in full the findings of the Healthcare Standards Inspectorate (HSI) report into maternity services at Wexbridge General Hospital, published today.

The trust apologises unreservedly to the women, birthing people and families whose care fell short of the standard they had a right to expect.

### Statement from the Chief Executive

**Helen Arkwright, Chief Executive, said:**

> "I am sorry. The women and families who used our maternity service deserved better, and we have not waited for this report to act.
>
> "Since the inspectors' visit in May we have recruited more midwives, reopened our birth centre and brought in a new way of assessing women when they first arrive. There is a great deal more to do, and I will personally chair our maternity improvement board until the job is done."

### Investment

The trust board approved a £2.3 million maternity improvement plan, to be delivered over two years, at its meeting on Thursday 27 June 2024. The plan includes:

- a new six-bed maternity assessment and triage unit, costing £640,000, which is due to open in November 2024;
- a dedicated triage midwife on every shift, 24 hours a day, seven days a week;
- additional consultant obstetrician presence on the labour ward, increasing from 98 to 112 hours a week;
- protected time for all maternity staff to complete emergency skills training.

### Staffing

Since the inspection the trust has recruited 32 midwives. They include 19 newly qualified midwives who will start in September and October, and 13 experienced midwives, five of whom were recruited internationally.

The midwife-led birth centre, which had been closed or diverted on several occasions earlier in the year, reopened seven days a week on Monday 1 July 2024 and has not closed since.

### What has changed since the inspection

| Measure | At inspection (May 2024) | Latest (end of July 2024) |
|---|---|---|
| Midwifery vacancy rate | 14.6% | 9.8% |
| One-to-one care in established labour | 87% | 96% |
| Women assessed in triage within 15 minutes | 62% | 89% |
| Emergency skills training – midwives | 71% | 88% |
| Emergency skills training – obstetric doctors | 58% | 79% |
| Incident investigations open more than 60 days | 47 | 12 |
| Birth centre closures or diverts in the month | 6 (April) | 0 (July) |

*Source: North Calderwick NHS Foundation Trust maternity dashboard. Figures for July 2024 are provisional.*

### Safety checks and medicines

- A standardised triage assessment system was introduced on Monday 10 June 2024, so that every woman is assessed against the same criteria on arrival.
- Daily resuscitaire checks are now recorded on an electronic checklist and audited weekly by the labour ward matron. Compliance has been 100 per cent every week since Monday 3 June 2024.
- All controlled drugs cupboards in the maternity unit were fitted with keypad locks within 48 hours of the inspection.

### Leadership

Priya Sandhu-Meyer took up post as Director of Midwifery on 1 July 2024. She was previously Deputy Director of Midwifery at Kestrelford Hospitals NHS Trust. She reports directly to the Chief Nurse, Marcus Delaney, and attends every meeting of the trust board.

**Priya Sandhu-Meyer, Director of Midwifery, said:**

> "Our midwives spoke openly and honestly to the inspectors, and I am proud of them for doing so. My job now is to make sure they never again feel that nobody is listening."

**Dr Tomasz Wilk, Medical Director, said:**

> "Our obstetric doctors know that training rates were not good enough. Every doctor on our maternity rota will have completed emergency skills training by the end of October 2024, and we will publish the figures every month."

### Families' voice

The trust has asked the Wexbridge Maternity and Neonatal Voices Partnership to help design the new triage unit.

**Joanne Tillett, chair of the Wexbridge Maternity and Neonatal Voices Partnership, said:**

> "Families have told us for a long time that triage was the part of their care that frightened them most. We welcome the changes, but we will be holding the trust to its promises."

### Support for families

Anyone who has concerns about care they or a family member received at Wexbridge General Hospital can contact the trust's dedicated maternity helpline on 0808 157 0192, open from 9am to 5pm, Monday to Friday, or email maternity.concerns@ncft.example.nhs.uk.

---

### Notes to editors

1. North Calderwick NHS Foundation Trust serves a population of around 520,000 people across Wexbridge, Calderwick and Ashby Moor. It runs Wexbridge General Hospital and Calderwick Community Hospital and employs around 7,800 staff.
2. The trust's maternity improvement board meets weekly and is chaired by the Chief Executive.
3. The HSI report relates to maternity services at Wexbridge General Hospital only. Other services at the hospital were not inspected.
4. Interviews with Helen Arkwright and Priya Sandhu-Meyer are available on request on Wednesday 21 August between 10am and 1pm.

**Media enquiries:** Communications team, 01632 960 418, communications@ncft.example.nhs.uk

*ENDS*
`;

const files = { 'hsi_inspection_summary_wexbridge_maternity.txt': SUMMARY, 'ncft_trust_statement.md': STATEMENT };

describe("a maternity unit's inspection: the regulator's summary and the trust's statement, with the product's word vectors", () => {
  withProductWordVectors();

  test('a weekday the calendar denies the claim\'s own date, where a source gives the date: "Thursday 15 May 2024"', async () => {
    const verdict = expectVerdictWith(await workspaceIndex(files));
    // Was supported.
    verdict('contradicted', 'Inspectors made unannounced visits to the unit on Tuesday 14 May and Thursday 15 May 2024.', [['Thursday 15 May 2024', 'Wednesday 15 May 2024']]);
    verdict('supported', 'Inspectors made unannounced visits to the unit on Tuesday 14 May and Wednesday 15 May 2024.');
  });
});
