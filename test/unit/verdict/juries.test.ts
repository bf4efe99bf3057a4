/**
 * A murder trial's verdict day: a newspaper's live blog (Markdown, timestamped entries, a recap list) and the
 * prosecution service's statement (plain text). Two defendants given each other's verdicts, murder for
 * manslaughter, an age that is no jury's majority, "Det Supt Lyle" for "Detective Superintendent Marcus Lyle", a
 * prosecutor's surname changed. The sources are written for these tests (from a helper's draft); the people and
 * the killing are invented.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { checkAgainst, expectVerdictWith, workspaceIndex } from './sources';
import { withProductWordVectors } from './productVectors';

const BLOG = `# Kieran Ashdown murder trial: verdicts as they happened

*Live coverage from Birmingham Crown Court, Thursday 14 November 2024. By Priya Lowther, courts correspondent.*

**9.58am**

Good morning. The jury in the trial of three men accused of murdering 19-year-old Kieran Ashdown is due back at Birmingham Crown Court this morning. The jurors, seven women and five men, have so far been deliberating for 17 hours and 40 minutes over four days.

The defendants are Darnell Fisk, 24, of Handsworth; Callum Reddy, 22, of Aston; and Owen Marchetti, 21, of Erdington. All three deny murder.

**10.31am**

Mr Justice Harwood has told the jury he will now accept a verdict on which at least 10 of them agree. He gave the majority direction shortly after 10.25am.

**11.42am**

A note has been passed to the judge. The jury has reached verdicts on all three defendants and is returning to court 4.

**11.51am**

Darnell Fisk has been found guilty of murder. The verdict was unanimous.

Fisk, who wore a grey suit, stared ahead and showed no reaction. There were gasps from the public gallery.

**11.53am**

Callum Reddy has been found not guilty of murder but guilty of manslaughter. That verdict was by a majority of 10 to 2.

**11.55am**

Owen Marchetti has been found not guilty of both murder and manslaughter. He was cleared unanimously and has been discharged from the dock.

Marchetti wept as the verdict was read out and embraced his solicitor before leaving court.

In total, the jury deliberated for 19 hours and 12 minutes.

**12.04pm**

Mr Justice Harwood thanked the jurors for their "careful and conscientious" work over what he called "a harrowing five weeks". He excused them from jury service for the next 10 years.

Addressing Fisk and Reddy, the judge said: "You will both be sentenced for what you did to Kieran Ashdown, a young man who had every reason to expect to walk home safely."

He added that Fisk faced "a mandatory life sentence" and that the only question for the court would be the minimum term.

**12.09pm**

The judge has adjourned sentencing until Friday 13 December. Both Fisk and Reddy were remanded in custody.

Mr Justice Harwood ordered a pre-sentence report for Reddy, who has no previous convictions.

**12.31pm**

Outside court, Kieran's mother, Joanne Ashdown, 48, read a statement on the steps, flanked by her two daughters.

"Kieran was the kindest boy you could ever meet," she said. "Nothing that happened in that courtroom today brings him back, but at least now the world knows the truth."

She said the family would "never understand" how a row over a borrowed bike had ended with her son dying on a pavement.

**12.38pm**

Detective Superintendent Marcus Lyle of West Midlands Police, who led the investigation, also spoke to reporters.

"This was a senseless, cowardly attack on a teenager who posed no threat to anyone," Det Supt Lyle said. "I want to thank the witnesses who came forward, several of whom showed real courage in giving evidence."

He said officers had examined more than 400 hours of footage during the inquiry.

**12.45pm**

A quick recap of where we are:

- Darnell Fisk, 24: guilty of murder (unanimous)
- Callum Reddy, 22: guilty of manslaughter (majority 10-2), not guilty of murder
- Owen Marchetti, 21: not guilty of murder and manslaughter
- Jury deliberation: 19 hours 12 minutes over five days
- Sentencing: Friday 13 December

**1.02pm**

Owen Marchetti's solicitor, Hannah Okafor, said her client was "relieved beyond words" and had "always maintained he played no part in the violence".

"He has spent 11 months on remand for something he did not do," Ms Okafor said.

**1.15pm**

That's where we will leave our live coverage. Our full report on today's verdicts will be published shortly. Thanks for following.
`;

const STATEMENT = `CROWN PROSECUTION SERVICE - WEST MIDLANDS

NEWS RELEASE
For immediate release: Thursday 14 November 2024

Man convicted of murdering teenager in Lozells stabbing

A man has today been convicted of the murder of 19-year-old Kieran Ashdown, who was stabbed to death in Lozells, Birmingham, in December last year.

Darnell Fisk, 24, was found guilty of murder at Birmingham Crown Court today following a five-week trial. A second defendant, Callum Reddy, 22, was convicted of manslaughter. A third man, Owen Marchetti, 21, was acquitted of all charges.

Kieran Ashdown was attacked on Wednesday 6 December 2023 at around 9.20pm on Berners Street, Lozells. He was stabbed twice in the chest with a kitchen knife with a 20cm blade. Paramedics attended but he was pronounced dead at the scene at 9.58pm.

The prosecution case was that the attack followed a dispute over a bicycle that Kieran had borrowed from Reddy's cousin and had not returned. Fisk and Reddy had travelled to Lozells in a silver Vauxhall Corsa driven by Reddy, having arranged by text message to "sort him out".

Rebecca Thorne, Senior Crown Prosecutor with the CPS West Midlands Homicide Unit, said:

"Kieran Ashdown was 19 years old and had his whole life in front of him. He was killed over a bicycle. Darnell Fisk brought a knife to that street intending to use it, and he did.

"The jury heard compelling evidence which placed Fisk and Reddy at the scene and showed how they planned their confrontation with Kieran in the hours before he died. I hope today's verdicts bring some measure of comfort to Kieran's family, who have shown extraordinary dignity throughout this trial."

The evidence

The prosecution relied on 37 separate CCTV clips, gathered from homes, shops and buses, which tracked the Corsa from Aston to Lozells and back. Three of the clips showed the attack itself.

Investigators also recovered 212 text and WhatsApp messages exchanged between Fisk and Reddy in the week before the killing. Cell-site analysis of the defendants' mobile phones placed both men within 200 metres of Berners Street at the time of the stabbing.

The knife used in the attack was never recovered. However, traces of Kieran's blood were found on a black jacket seized from Fisk's home on Friday 8 December 2023, two days after the killing.

Fisk was arrested on 8 December 2023. Reddy was arrested on 11 December 2023, and Marchetti on 14 December 2023. All three were charged with murder on 15 December 2023.

The trial

The trial began on Monday 7 October 2024 and lasted five weeks. The jury heard from 31 witnesses, including four eyewitnesses to the attack and a Home Office pathologist, Dr Simon Achebe, who told the court that either of the two wounds would have been fatal.

Fisk gave evidence in his own defence and claimed he had acted in self-defence. Reddy and Marchetti did not give evidence.

The jury retired to consider its verdicts on Friday 8 November 2024.

Sentencing

Fisk and Reddy will be sentenced at Birmingham Crown Court on Friday 13 December 2024. Fisk faces a mandatory life sentence.

Ms Thorne added:

"Knife crime destroys families. No dispute, however bitter, justifies carrying a blade. We will continue to work closely with West Midlands Police to bring those responsible for such crimes to justice."

Notes to editors

1. Darnell Fisk (DOB 02/03/2000), of Handsworth, Birmingham. Convicted of murder.
2. Callum Reddy (DOB 19/07/2002), of Aston, Birmingham. Convicted of manslaughter; acquitted of murder.
3. Owen Marchetti (DOB 25/01/2003), of Erdington, Birmingham. Acquitted of murder and manslaughter.
4. The investigation was led by West Midlands Police Major Crime Unit under Detective Superintendent Marcus Lyle.
5. The CPS West Midlands Homicide Unit prosecutes the most serious cases of unlawful killing in the region.

ENDS
`;

const files = { 'live-blog.md': BLOG, 'cps-statement.txt': STATEMENT };

describe('a jury\'s verdicts: defendants, offences, titles; with the product\'s word vectors', () => {
  withProductWordVectors();

  test('two defendants given each other\'s verdicts; murder for manslaughter; a prosecutor\'s surname', async () => {
    const verdict = expectVerdictWith(await workspaceIndex(files));
    verdict('contradicted', 'Callum Reddy was found guilty of murder, while Darnell Fisk was convicted of manslaughter.', [['Callum Reddy', 'Darnell Fisk']]);
    verdict('supported', 'Darnell Fisk was found guilty of murder, while Callum Reddy was convicted of manslaughter.');
    verdict('contradicted', 'Darnell Fisk was found guilty of manslaughter by a unanimous jury.', [['manslaughter', 'murder']]);
    verdict('supported', 'Darnell Fisk was found guilty of murder by a unanimous jury.');
    const r = verdict('unsupported', 'Senior Crown Prosecutor Rebecca Thorpe said Kieran had had his whole life in front of him.');
    assert.deepEqual(r.missing, ['Senior Crown Prosecutor Rebecca Thorpe']);
    verdict('supported', 'Senior Crown Prosecutor Rebecca Thorne said Kieran had had his whole life in front of him.');
  });

  test('an age is no rival of a jury\'s majority; "Det Supt Lyle" is Detective Superintendent Marcus Lyle', async () => {
    const report = await checkAgainst(
      files,
      '# Verdicts\n\nCallum Reddy, 22, was cleared of murder but convicted of manslaughter by a 10-2 majority.\n\nDetective Superintendent Marcus Lyle said: "This was a senseless, cowardly attack on a teenager who posed no threat to anyone."\n',
    );
    assert.deepEqual(report.findings.filter((f) => f.severity === 'error').map((f) => f.message), []);
  });
});
