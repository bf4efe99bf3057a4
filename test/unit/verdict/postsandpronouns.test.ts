/**
 * The thirty-sixth round, third part: quotations of the helpers' drafts given to the wrong speaker and not caught. A
 * quotation the source gives to a post ("…," the judge said) that names its holder elsewhere ("Her Honour Judge
 * Rosalind Okafor"); "She added: “…”" after a paragraph that is a quotation itself; "“…?” asked Helen Farrow". And
 * posts given to the wrong person, also missed: a post before a name with words after it ("the home's deputy
 * manager at the time, Sandra Kerr"), a post's body after a comma in brackets ("Lucy Brennan (Highways Development
 * Manager, Lowmoor County Council)"), a portfolio ("Cabinet Member for Economy and Town Centres"). The sources are
 * written for these tests from the helpers' drafts; the people, bodies and places are invented.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { checkAgainst, expectVerdictWith, workspaceIndex } from './sources';

const COURT = `Care home operator fined after resident choked

Prosecuting for the National Care Standards Authority, Daniel Whitcombe told the court that the therapist's advice was emailed to the home the same afternoon.

Sentencing, Her Honour Judge Rosalind Okafor said the company's culpability was high.

"Mrs Hale was entirely dependent on the people paid to look after her," the judge said. "The information that would have kept her safe was sitting in an inbox."
`;

const RELEASE = `<html><body>
<h1>Care home operator fined £240,000</h1>
<p>Fiona Lockhart, the NCSA's director of enforcement, said:</p>
<blockquote><p>"Our thoughts remain with Mrs Hale's family, who have waited more than two years for this day."</p></blockquote>
<p>She added: "Every provider should look at this case and ask whether their own systems would catch a change in a resident's diet within hours, not weeks."</p>
<p>Owen Pryce, the NCSA lead inspector for the Wexcombe area, said the home had made "real and measurable progress" since 2023.</p>
</body></html>`;

const LETTER = `# Objection to application 24/01873/OUT

The council's policy requires 35 per cent affordable housing. The applicant offers only 30 per cent. "If the council cannot hold a developer to its own policy on a greenfield site, when will it?" asked Helen Farrow, chair of the group.
`;

const HEARING = `Mr Whitcombe said the home manager at the time, Sandra Kerr, had raised staffing concerns with the company's regional operations team in two emails in January 2023.
`;

const COMMITTEE = `PLANNING COMMITTEE - VERBATIM TRANSCRIPT (EXTRACT)
Date: Tuesday 11 March 2025
Officers: Simon Achebe (Principal Planning Officer), Lucy Brennan (Highways Development Manager, Lowmoor County Council)

LUCY BRENNAN: Our modelling shows the Mill Lane junction with the A412 would run at 94 per cent of capacity in the morning peak.
`;

const CABINET = `## Members present

- Cllr Owen Lloyd, Cabinet Member for Finance
- Cllr Deborah Fry, Cabinet Member for Economy and Town Centres

## Vote

Cllr Fry said she supported the closure but abstained because she wanted an independent second opinion on the repair method.
`;

const misattributed = async (files: Record<string, string>, draft: string) =>
  (await checkAgainst(files, `# Story\n\n${draft}\n`)).findings.filter((f) => f.code === 'misattributed-quote').map((f) => f.message.replace(/ \(.*$/, ''));

describe('speakers by post and by pronoun (thirty-sixth round)', () => {
  test("a quotation the source gives to a post is not another person's, when the source names the post's holder", async () => {
    const files = { 'court_report.txt': COURT };
    // Was no finding: "the judge" against a name told nothing.
    assert.deepEqual(await misattributed(files, '"The information that would have kept her safe was sitting in an inbox," Mr Whitcombe told the court.'), [
      'These words were said by the judge, not Mr Whitcombe',
    ]);
    assert.deepEqual(await misattributed(files, '"The information that would have kept her safe was sitting in an inbox," Judge Okafor said.'), []);
  });

  test('"She added:" after a paragraph that is a quotation is that quotation\'s speaker', async () => {
    const files = { 'press_release.html': RELEASE };
    // Was no finding: the pronoun's paragraph before was a quotation, whose speaker was not looked for.
    assert.deepEqual(await misattributed(files, 'Owen Pryce said: "Every provider should look at this case and ask whether their own systems would catch a change in a resident\'s diet within hours, not weeks."'), [
      'These words were said by Fiona Lockhart, not Owen Pryce',
    ]);
    assert.deepEqual(await misattributed(files, 'Fiona Lockhart said: "Every provider should look at this case and ask whether their own systems would catch a change in a resident\'s diet within hours, not weeks."'), []);
  });

  test('"“…?” asked Helen Farrow": "asked" after a quotation is speech', async () => {
    const files = { 'objection_letter.md': LETTER };
    // Was no finding on either side.
    assert.deepEqual(await misattributed(files, '"If the council cannot hold a developer to its own policy on a greenfield site, when will it?" asked Mr Gilchrist.'), [
      'These words were said by Helen Farrow, not Mr Gilchrist',
    ]);
    assert.deepEqual(await misattributed(files, '"If the council cannot hold a developer to its own policy on a greenfield site, when will it?" asked Helen Farrow.'), []);
  });
});

describe('posts given to the wrong person (thirty-sixth round)', () => {
  test('a post before a name with words after it, a body after a comma in brackets, a portfolio', async () => {
    const kerr = expectVerdictWith(await workspaceIndex({ 'court_report.txt': HEARING }));
    // Was supported: the post was read as "time", of "at the time".
    kerr('contradicted', "Mr Whitcombe said the home's deputy manager at the time, Sandra Kerr, had raised staffing concerns with the company's regional operations team in two emails in January 2023.", [['home\'s deputy manager at the time', 'home manager at the time']]);
    kerr('supported', "Mr Whitcombe said the home manager at the time, Sandra Kerr, had raised staffing concerns with the company's regional operations team in two emails in January 2023.");
    const brennan = expectVerdictWith(await workspaceIndex({ 'committee_transcript.txt': COMMITTEE }));
    // Was supported: the body in the brackets was no part of her post, and "Council" was a word the two shared.
    brennan('contradicted', 'Lucy Brennan, highways development manager at Ashcombe Borough Council, said the Mill Lane junction with the A412 would run at 94 per cent of capacity in the morning peak.', [
      ['highways development manager at Ashcombe Borough Council', 'Highways Development Manager, Lowmoor County Council'],
    ]);
    const right = brennan('supported', 'Lucy Brennan, highways development manager at Lowmoor County Council, said the Mill Lane junction with the A412 would run at 94 per cent of capacity in the morning peak.');
    assert.deepEqual(right.conflicts, []);
    const fry = expectVerdictWith(await workspaceIndex({ 'cabinet_decision.md': CABINET }));
    // Was supported: the portfolio was read as a body's name.
    fry('contradicted', 'Cllr Deborah Fry, cabinet member for finance, abstained because she wanted an independent second opinion on the repair method.', [['cabinet member for finance', 'Cabinet Member for Economy and Town Centres']]);
    fry('supported', 'Cllr Deborah Fry, cabinet member for economy and town centres, abstained because she wanted an independent second opinion on the repair method.');
  });
});
