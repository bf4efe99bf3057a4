/**
 * A health-statistics story against the statistics release it reports, the cases found by checking such a draft
 * by hand: figures a writer computes from two of the source's ("more than doubled", "almost tripled"), a change
 * stated after its figure ("85 fewer"), one figure of several changed. The region and its figures are invented.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { checkDraft } from '../../../server/src/core/check';
import { DEFAULT_CONFIG } from '../../../server/src/core/config';
import { MemoryFileSystem } from '../../../server/src/core/fs';
import { extractValues, impliedRatios } from '../../../server/src/core/verdict/values';
import { SourceWorkspace } from '../../../server/src/core/workspace';
import { withProductWordVectors } from './productVectors';

const STATS = `---
title: Emergency department performance, Wessex region, 2026
date: 2027-01-20
---

# Emergency department performance, Wessex region, 2026

In 2026, 412,000 patients attended the region's seven emergency departments, up from 368,000 in 2025, an increase of 12%.

The number of patients who waited more than 12 hours from arrival to admission, transfer or discharge rose from 9,800 in 2025 to 21,400 in 2026.

71.3% of patients were seen within four hours, against the national standard of 95%. In 2025 the figure was 76.8%.

Ambulance handover delays of more than an hour affected 6,200 patients, compared with 2,100 the year before.

One in five patients who attended was aged 75 or over.

The average time from arrival to treatment was 2 hours 40 minutes, compared with 1 hour 55 minutes in 2025.

Staffing: the region had 1,140 emergency department nurses in December 2026, 85 fewer than a year earlier. Vacancy rates for emergency medicine consultants stood at 14%.

Winchester General had the longest waits in the region; Poole Royal had the shortest.
`;

async function verdicts(draft: string) {
  const fs = new MemoryFileSystem({ '/ws/sources/stats.md': STATS });
  const workspace = new SourceWorkspace(fs, '/ws', DEFAULT_CONFIG);
  await workspace.build();
  const report = await checkDraft(draft, workspace.index, { config: DEFAULT_CONFIG, format: 'markdown' });
  return report.claims.map((c) => [c.verdict, c.conflicts.map((x) => [x.claim, x.source, x.kind])]);
}

describe('a statistics story, with the product\'s word vectors', () => {
  withProductWordVectors();

  test('a multiple is checked against the two figures it compares: "more than doubled" yes, "halved" and "doubled" (for nearly three times) no', async () => {
    assert.deepEqual(
      await verdicts(
        [
          "The number of patients waiting over 12 hours in the region's emergency departments more than doubled last year, to 21,400.",
          'The number of patients waiting over 12 hours halved last year.',
          'Ambulance handover delays of over an hour doubled, to 6,200.',
        ].join('\n\n'),
      ),
      [
        ['supported', []],
        ['contradicted', [['halved', '9,800 to 21,400 (2.2 times)', 'quantity']]],
        ['contradicted', [['doubled', '2,100 to 6,200 patients (3 times)', 'quantity']]],
      ],
    );
    // "Almost tripled" for 2.95 times is not contradicted (whatever the coverage of its other words decides).
    const [[tripled]] = await verdicts('Ambulance handover delays of over an hour almost tripled, to 6,200.\n');
    assert.notEqual(tripled, 'contradicted');
  });

  test('a change stated after its figure ("85 fewer than a year earlier"); one figure of several changed ("21%" for "an increase of 12%")', async () => {
    assert.deepEqual(
      await verdicts(['The number of emergency nurses rose by 85 to 1,140.', 'The number of emergency nurses fell by 85 to 1,140.', 'Attendances rose by 21% to 412,000.', 'Attendances rose by 12% to 412,000.'].join('\n\n')),
      [
        ['contradicted', [['rose', 'fewer', 'direction']]],
        ['supported', []],
        ['contradicted', [['21%', '12%', 'percent']]],
        ['supported', []],
      ],
    );
  });
});

describe('a difference a writer computes is no level, with the product\'s word vectors', () => {
  withProductWordVectors();

  test('"45 minutes longer than in 2025" is not contradicted by a time the source writes in hours and minutes', async () => {
    const [[verdict, conflicts]] = await verdicts('Patients waited an average of two hours and 40 minutes for treatment, 45 minutes longer than in 2025.\n');
    assert.notEqual(verdict, 'contradicted', JSON.stringify(conflicts));
  });

  test('a difference is checked against the two figures it lies between: "2.3 days longer" yes, "2.8 days longer" no, "more than two days" yes', async () => {
    const fs = new MemoryFileSystem({ '/ws/sources/falls.txt': FALLS });
    const workspace = new SourceWorkspace(fs, '/ws', DEFAULT_CONFIG);
    await workspace.build();
    const report = await checkDraft(
      ['The average stay was 2.3 days longer than in 2024.', 'The average stay was 2.8 days longer than in 2024.', 'The average hospital stay after a fall rose by more than two days.'].join('\n\n'),
      workspace.index,
      { config: DEFAULT_CONFIG, format: 'markdown' },
    );
    assert.deepEqual(
      report.claims.map((c) => [c.verdict === 'contradicted', c.conflicts.map((x) => [x.claim, x.source]), (c.missing ?? []).filter((w) => /\d|two/.test(w))]),
      [
        [false, [], []],
        [true, [['2.8 days', '9.4 days and 7.1 days (a difference of 2.3 days)']], []],
        [false, [], []],
      ],
    );
    assert.equal(report.claims[0].verdict, 'supported');
  });
});

const FALLS = `Hospital admissions for falls rise among older people

Admissions to hospital after a fall rose by 12% last year, to 4,830, according to figures published by Kelmouth NHS Trust on Tuesday.

The average stay in hospital after a fall was 9.4 days, compared with 7.1 days in 2024.
`;

test('implied ratios: "from A to B", "B, compared with A", "B, up from A"; not across a sentence, not a year or a bound', () => {
  const ratios = (text: string) => impliedRatios(text, extractValues(text)).map((r) => [r.text, Number(r.ratio.toFixed(2))]);
  assert.deepEqual(ratios('Waits rose from 9,800 in 2025 to 21,400 in 2026.'), [['9,800 to 21,400', 2.18]]);
  assert.deepEqual(ratios('Delays affected 6,200 patients, compared with 2,100 the year before.'), [['2,100 to 6,200 patients', 2.95]]);
  assert.deepEqual(ratios('It had 1,140 nurses, up from 1,055.'), [['1,055 to 1,140', 1.08]]);
  assert.deepEqual(ratios('It had 1,140 nurses. A year ago it had 1,055.'), []);
  assert.deepEqual(ratios('More than 400 people came, compared with 2,100 last year.'), []);
});

describe('ages in messages, with the product\'s word vectors', () => {
  withProductWordVectors();

  test('an age is shown as written ("27-year-old", "60s") and its fix replaces the figure only', async () => {
    const fs = new MemoryFileSystem({
      '/ws/sources/police.txt':
        'Police appeal after A38 collision\n\nThe driver of the Corsa, a woman in her 60s, was treated at the scene for minor injuries.\n\nA 27-year-old man from Harbridge was arrested on suspicion of causing serious injury by dangerous driving.\n',
    });
    const workspace = new SourceWorkspace(fs, '/ws', DEFAULT_CONFIG);
    await workspace.build();
    const report = await checkDraft(
      'A 24-year-old Harbridge man was arrested on suspicion of dangerous driving.\n\nThe driver of the Corsa, a woman in her 50s, was treated for minor injuries.\n',
      workspace.index,
      { config: DEFAULT_CONFIG, format: 'markdown' },
    );
    assert.deepEqual(
      report.claims.map((c) => c.conflicts.map((x) => [x.claim, x.source, x.replacement])),
      [[['24-year-old', '27-year-old', '27-year']], [['50s', '60s', '60']]],
    );
  });
});
