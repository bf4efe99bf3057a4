/**
 * A court report against the prosecutor's release and the judge's sentencing remarks, the cases found by checking
 * such a draft by hand. Every name, place and figure is invented.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { checkDraft } from '../../../server/src/core/check';
import { DEFAULT_CONFIG } from '../../../server/src/core/config';
import { MemoryFileSystem } from '../../../server/src/core/fs';
import { directionWords } from '../../../server/src/core/verdict/direction';
import { SourceWorkspace } from '../../../server/src/core/workspace';
import { withProductWordVectors } from './productVectors';
import { expectVerdictWith, indexOf, makeDocument } from './sources';

const RELEASE = `---
title: Former care home manager jailed for fraud
date: 2027-03-12
---

# Former care home manager jailed for fraud

A former care home manager who stole more than £180,000 from elderly residents has been jailed for six years and eight months.

Deborah Whitlock, 54, of Harrogate, pleaded guilty at an earlier hearing to four counts of fraud by abuse of position and one count of money laundering.

She was sentenced at Leeds Crown Court on Friday 12 March 2027.

A confiscation hearing will take place on 18 June 2027.
`;

const REMARKS = `Sentencing remarks: R v Deborah Whitlock
Leeds Crown Court, 12 March 2027. His Honour Judge Martin Adebayo.

JUDGE ADEBAYO: For over five years you stole from the people you were paid to care for. Several of your victims have since died without knowing what you had done.

JUDGE ADEBAYO: I accept that you are genuinely remorseful.

JUDGE ADEBAYO: You are also disqualified from acting as a company director for ten years.
`;

async function check(draft: string) {
  const fs = new MemoryFileSystem({ '/ws/sources/release.md': RELEASE, '/ws/sources/remarks.txt': REMARKS });
  const workspace = new SourceWorkspace(fs, '/ws', DEFAULT_CONFIG);
  await workspace.build();
  return checkDraft(draft, workspace.index, { config: DEFAULT_CONFIG, format: 'markdown' });
}

const verdicts = async (draft: string) => (await check(draft)).claims.map((c) => [c.verdict, c.conflicts.map((x) => [x.claim, x.source, x.kind])]);

describe('a court report, with the product\'s word vectors', () => {
  withProductWordVectors();

  test('a plea is not a verdict at trial: "was found guilty" against "pleaded guilty"; "admitted four counts" is the plea', async () => {
    assert.deepEqual(await verdicts('Deborah Whitlock, 54, was found guilty of four counts of fraud.\n\nDeborah Whitlock, 54, admitted four counts of fraud by abuse of position.\n'), [
      ['contradicted', [['found guilty', 'pleaded guilty', 'direction']]],
      ['supported', []],
    ]);
  });

  test('a denial of what the source states, when the source denies something else: "none of her victims had died"', async () => {
    const report = await check('The judge said none of her victims had died.\n\nThe judge said several of her victims had died.\n');
    assert.deepEqual(report.claims.map((c) => c.verdict), ['contradicted', 'supported']);
    assert.equal(report.claims[0].conflicts[0].kind, 'negation');
    // The message quotes the source sentence once, without a second full stop.
    const message = report.findings[0].message;
    assert.ok(message.endsWith('without knowing what you had done”.'), message);
  });
});

test('court phrases as directions: a trial verdict and a plea; "found not guilty" and "admitted to hospital" are neither', () => {
  const of = (text: string) => directionWords(text).map((d) => d.stem);
  assert.deepEqual(of('She was found guilty by a jury.'), ['found guilty']);
  assert.deepEqual(of('A jury convicted him.'), ['found guilty']);
  assert.deepEqual(of('He pleaded guilty to theft.'), ['pleaded guilty']);
  assert.deepEqual(of('She admitted two counts of fraud.'), ['pleaded guilty']);
  // An offence admitted by name, as UK reports write pleas.
  assert.deepEqual(of('Liam Carter admitted causing death by dangerous driving.'), ['pleaded guilty']);
  assert.deepEqual(of('He admitted manslaughter.'), ['pleaded guilty']);
  assert.deepEqual(of('The minister admitted mistakes had been made.'), []);
  assert.deepEqual(of('He was found not guilty.'), []);
  assert.deepEqual(of('She was admitted to hospital.'), []);
});

describe('two defendants in one report: who did what, with the product\'s word vectors', () => {
  withProductWordVectors();
  const TWO = `Two men sentenced over warehouse burglary

Two men have been sentenced at Westbridge Crown Court for a burglary at a warehouse in Mill Lane in March.

Daniel Price, 34, of Ashby Road, was jailed for three years. His co-accused, Mark Ellis, 29, of Kirkby, was given a 12-month suspended sentence and ordered to do 200 hours of unpaid work.

Judge Sarah Hume said Price had planned the break-in. Ellis had acted as a lookout, the court heard.
`;
  const verdict = expectVerdictWith(indexOf([makeDocument('court.txt', TWO)]));

  test('a sentence given to the other defendant names him, not his home: "Mark Ellis was jailed" / "Daniel Price, 34, of Ashby Road, was jailed"', () => {
    verdict('contradicted', 'Mark Ellis was jailed for three years.', [['Mark Ellis', 'Daniel Price']]);
    verdict('contradicted', 'Daniel Price was given a suspended sentence.', [['Daniel Price', 'Mark Ellis']]);
    verdict('supported', 'Daniel Price was jailed for three years.');
  });

  test('a surname that starts the sentence is a name when the report gives it as one: "Ellis had planned" / "said Price had planned"', () => {
    verdict('contradicted', 'Ellis had planned the break-in.', [['Ellis', 'Price']]);
    verdict('contradicted', 'Price acted as a lookout.', [['Price', 'Ellis']]);
    verdict('supported', 'Price had planned the break-in.');
    verdict('supported', 'Ellis acted as a lookout.');
  });
});
