/**
 * University admissions: an admissions service's statistical release (with a table) and a university's press
 * release, against a writer's draft. A level reached "up from" another written as a fall, a figure "unchanged" written
 * as a rise, a post that contains another ("Pro-Vice-Chancellor" / "Vice-Chancellor"). Both sources are written for
 * these tests (from a helper's drafts); the service, the university and the people are invented.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { expectVerdictWith, workspaceIndex } from './sources';
import { withProductWordVectors } from './productVectors';

const RELEASE = `# Undergraduate Admissions Service — Statistical Release

**Release date:** 15 August 2024
**Reference:** UAS/STAT/2024/07
**Contact:** Priya Natarajan, Head of Statistics, press@uas-admissions.org.uk

## Summary

This release covers applicants and accepted applicants for full-time undergraduate courses beginning in autumn 2024, as recorded at the A-level results day deadline (14 August 2024). All figures are rounded to the nearest ten.

In total, 271,560 applicants had been accepted to a place by results day, down 1.8% from 276,540 at the same point in 2023. The number of applicants fell by less, dropping 0.9% to 664,430.

The acceptance rate for 18-year-olds from England reached 39.2%, up from 38.5% last year and the highest since 2021. Acceptances of mature applicants (aged 21 and over) fell for the third consecutive year, to 41,230, a decline of 6.4%.

## Table 1: Applicants and acceptances by group, results day 2022–2024

| Group | Applicants 2023 | Applicants 2024 | Accepted 2022 | Accepted 2023 | Accepted 2024 | Change 2023–24 |
|---|---|---|---|---|---|---|
| UK 18-year-olds | 319,870 | 321,400 | 196,410 | 193,280 | 194,960 | +0.9% |
| UK mature (21+) | 118,640 | 112,950 | 47,890 | 44,050 | 41,230 | -6.4% |
| UK 19–20 year olds | 96,310 | 94,120 | 24,560 | 23,170 | 22,640 | -2.3% |
| EU | 24,910 | 25,480 | 6,120 | 6,390 | 6,790 | +6.3% |
| International (non-EU) | 110,770 | 110,480 | 9,870 | 9,650 | 5,940 | -38.4% |
| **Total** | **670,500** | **664,430** | **284,850** | **276,540** | **271,560** | **-1.8%** |

## Disadvantaged students

Among UK 18-year-olds, 31,780 accepted applicants came from the most disadvantaged areas (POLAR4 quintile 1), a record, up from 30,410 in 2023. Students from the most advantaged areas remain 2.1 times as likely to be accepted as those from the least advantaged, unchanged from last year.

## Clearing

By results day, 18,420 applicants had been placed through Clearing, up 4.7% on 2023. Of these, about three in five had applied directly to Clearing without a prior application.

## Subjects

Computing saw the largest growth in acceptances, rising 8.2% to 34,150, while acceptances to nursing fell for a second year, by 3.9% to 23,610. Acceptances to medicine and dentistry were broadly flat at 9,860.

## Comment

Dr Helen Ashcroft, Chief Executive of the Undergraduate Admissions Service, said: "It is encouraging to see a record number of students from the most disadvantaged backgrounds securing a place this year. However, the continued fall in mature acceptances should concern everyone who cares about lifelong learning."

The next release, covering the position 28 days after results day, will be published on 12 September 2024.

*Notes: Figures cover UK providers only. "Accepted" means placed with a firm offer confirmed. Percentages are calculated on unrounded figures.*
`;

const UNIVERSITY = `FOR IMMEDIATE RELEASE

Northbridge University welcomes largest ever first-year intake as applications rise

NORTHBRIDGE, 16 August 2024 — Northbridge University has confirmed 6,480 new undergraduate students for the 2024/25 academic year, its largest first-year cohort since the university was founded in 1966 and an increase of 5.2% on last year's 6,160.

The university received 41,900 applications for September 2024 entry, up from 39,750 a year earlier, a rise of 5.4%. Offers were made to 29,330 applicants, giving an offer rate of 70 per cent, compared with 72 per cent in 2023.

Almost one in four of the new intake (23.8%) are the first in their family to attend university, up from 21.5% last year. The number of students joining from the most disadvantaged postcodes rose to 712, from 604 in 2023, meeting the target in the university's access and participation plan a year early.

The university's School of Computing and Engineering accounted for the biggest increase, with 1,140 new students, up 14 per cent. Nursing and midwifery intake fell slightly, to 388 from 402, in line with the national trend.

International recruitment was weaker, with 610 new international undergraduates compared with 930 last year, a fall of roughly a third. The university attributes the decline to changes in visa rules for dependants introduced in January 2024.

Professor Daniel Okafor, Vice-Chancellor of Northbridge University, said: "These figures show that Northbridge is a first choice for thousands of talented young people, wherever they come from. I am particularly proud that more than seven hundred students from our least advantaged communities will be joining us this autumn."

He added: "We cannot ignore the drop in international students, which has a real effect on the finances of every university in the country. We are asking the government to review the policy before the next recruitment cycle."

Dr Sarah Lindqvist, Pro-Vice-Chancellor for Education, said the university had expanded its Clearing operation this year, taking on 1,020 students through Clearing, compared with 850 in 2023. "Our call centre handled more than twelve thousand calls in the first 48 hours after results were published," she said.

The university's average entry tariff for 2024 entrants was 128 UCAS points, unchanged from the previous year. Around 58 per cent of new students are women.

Northbridge also confirmed that its new £45 million Engineering Innovation Centre will open to students in October 2024, providing 300 additional places on engineering courses over the next three years.

Welcome Week begins on 16 September 2024.

Notes to editors
Northbridge University is a public research university with around 24,000 students. Figures in this release are provisional and are based on confirmed places as of 15 August 2024. Final figures will be submitted to the Higher Education Statistics Agency in December.

Media contact: Tom Reyes, Head of Communications, 01632 960 418, media@northbridge.ac.uk
`;

describe('university admissions: a statistical release and a university\'s, with the product\'s word vectors', () => {
  withProductWordVectors();

  test('a level reached "up from" another is no fall; a figure "unchanged from the previous year" did not rise', async () => {
    const verdict = expectVerdictWith(await workspaceIndex({ 'ucas_release_2024.md': RELEASE, 'northbridge_press_release.txt': UNIVERSITY }));
    verdict('supported', 'The acceptance rate for 18-year-olds from England rose to 39.2%.');
    verdict('contradicted', 'The acceptance rate for 18-year-olds from England fell to 39.2%.', [['fell', 'up']]);
    verdict('supported', "Northbridge's average entry tariff was unchanged at 128 UCAS points.");
    verdict('contradicted', "Northbridge's average entry tariff rose to 128 UCAS points this year.", [['rose', 'unchanged']]);
  });

  test('a figure given for an earlier year: "an offer rate of 70 per cent, compared with 72 per cent in 2023"', async () => {
    const verdict = expectVerdictWith(await workspaceIndex({ 'northbridge_press_release.txt': UNIVERSITY }));
    verdict('supported', 'Northbridge made offers to 29,330 applicants, an offer rate of 70 per cent.');
    verdict('contradicted', 'Northbridge made offers to 29,330 applicants, an offer rate of 72 per cent.', [['72 per cent', '70 per cent']]);
    verdict('supported', "Northbridge's offer rate was 72 per cent in 2023.");
  });

  test('a group named by what it leaves out is not the row it leaves out; a people\'s adjective for its country', async () => {
    const verdict = expectVerdictWith(await workspaceIndex({ 'ucas_release_2024.md': RELEASE }));
    const outside = verdict('unsupported', 'Acceptances of international students from outside the EU fell by 38% to 5,940.');
    assert.deepEqual(outside.missing, ['outside']);
    verdict('supported', 'Acceptances of non-EU international students fell by 38% to 5,940.');
    verdict('contradicted', 'Acceptances of EU students fell by 38% to 5,940.');
    verdict('supported', 'The acceptance rate for English 18-year-olds rose to 39.2% from 38.5% last year.');
  });

  test('"Pro-Vice-Chancellor" is another post than "Vice-Chancellor"', async () => {
    const verdict = expectVerdictWith(await workspaceIndex({ 'northbridge_press_release.txt': UNIVERSITY }));
    verdict('supported', 'Professor Daniel Okafor, Vice-Chancellor of Northbridge University, said the drop in international students has a real effect on the finances of every university.');
    verdict('contradicted', 'Professor Daniel Okafor, Pro-Vice-Chancellor of Northbridge University, said the drop in international students has a real effect on the finances of every university.', [
      ['Pro-Vice-Chancellor of Northbridge University', 'Vice-Chancellor of Northbridge University'],
    ]);
  });
});
