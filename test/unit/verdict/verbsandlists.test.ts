/**
 * The thirty-seventh round, first part: false alarms of the drafts written against its start (h266–h271). A verb of
 * saying beside a quotation counted as a word the source must state ("He added: “I am truly sorry.”" against a
 * transcript); an age's bound ("under the age of 25"); a name as a sentence's first word; a post in apposition read as
 * a speaker ("Rosalind Achebe, Deputy Housing Ombudsman, said:"); a list item's words given to the speaker of the next
 * item; denials that deny nothing of the claim (", not before.", "nothing more than", a denial about something else
 * beside a passage that gives the claim's figures). The sources are written for these tests from the helpers'
 * drafts; the people, bodies and places are invented.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { processTerm } from '../../../server/src/core/index/tokenize';
import { negationCount } from '../../../server/src/core/verdict/accounting';
import { analyzeClaim } from '../../../server/src/core/verdict/support';
import { extractValues } from '../../../server/src/core/verdict/values';
import { expectVerdictWith, judgeWith, misattributions, why, workspaceIndex } from './sources';

const HEARING = `MISCONDUCT HEARING, DAY TWO
Date: Tuesday 4 March 2025

PRIYA DESAI: Is there anything you want to say to Ms Pryce's family?

PC STEPHEN WHITLOW: I think about Joanne every day. I am sorry. I am truly sorry.
`;

const COUNCIL = `The council put 40 homes on the list of properties for repair this year.
`;

const NOTES = `COURT NOTES

Key evidence:
- Home Office pathologist Dr Fiona Gale: two stab wounds. Fatal wound to
  the chest, 12cm deep, penetrated the heart.
- Weapon: a kitchen knife that Thornbury bought online for £14.99.
- Thornbury told the jury Okafor had "squared up" to him. Jury rejected
  self-defence.

Thornbury has two previous convictions for violence (2016, 2019).

| Defendant | Age | Offence | Sentence |
|---|---|---|---|
| Liam Thornbury | 34 | Murder | Life, minimum term 24 years |
`;

const REPORT = `# Investigation report

We have made a finding of severe maladministration in the handling of the household's repair requests.

Rosalind Achebe, Deputy Housing Ombudsman, said: "Mr Pryce's family did everything that was asked of them. They reported the mould, they chased it, and they were told to wait."

Martin Hale, Chief Executive of Ashbridge Valley Housing, said: "We failed Mr Pryce and we failed his family."
`;

const RELEASE = `# Hosepipe ban announced

Harrowdale Water today announced a Temporary Use Ban for all of its 1.2 million customers. The ban will come into force at 00:01 on Friday 11 July 2025 and will apply to around 480,000 homes and businesses.

Watering cans and buckets may still be used. Businesses that use a hosepipe as a direct part of their trade, such as commercial car washes and garden centres, are not covered by the ban.
`;


describe('verbs of saying, lists and denials (thirty-seventh round)', () => {
  test('a verb of saying beside a quotation is no word a source must state; elsewhere it is', async () => {
    const judge = judgeWith(await workspaceIndex({ 'hearing.txt': HEARING, 'council.txt': COUNCIL }));
    // Was unsupported: "No source states “added”".
    for (const claim of ['He added: "I am truly sorry."', '"I am truly sorry," he added.', '"I am truly sorry," added PC Whitlow.']) {
      const r = judge(claim);
      assert.equal(r.verdict, 'supported', `${claim}: ${why(r)}`);
      assert.ok(!(r.missing ?? []).includes('added'), claim);
    }
    // "added" as a deed is still content, and a word a source must state.
    const index = await workspaceIndex({ 'council.txt': COUNCIL });
    const added = processTerm('added')!;
    assert.ok(!analyzeClaim('He added: "We will repair them."', index).weights.has(added));
    assert.ok(analyzeClaim('The council added 40 homes to the list.', index).weights.has(added));
  });

  test('"under the age of 25" is a bound, as "under 25" is', async () => {
    const age = extractValues('a suspect under the age of 25').find((v) => v.text === '25')!;
    assert.equal(age.bound, 'atMost');
    const verdict = expectVerdictWith(await workspaceIndex({ 'statement.md': 'Around 38 per cent of those offences involved a suspect aged under 25.\n' }));
    // Was contradicted: "The source gives under 25, not 25".
    verdict('supported', 'About 38 per cent of those offences involved a suspect under the age of 25.');
  });

  test("a name that opens a sentence is stated there, and a table row's other column is no rival of it", async () => {
    const verdict = expectVerdictWith(await workspaceIndex({ 'notes.txt': NOTES }));
    // Was contradicted: "The source gives 34, not two" (the row's age; "Thornbury has …" named no one).
    verdict('supported', 'The court heard that Thornbury had two previous convictions for violence.');
    verdict('contradicted', 'The court heard that Thornbury had four previous convictions for violence.', [['four', 'two']]);
  });

  test("a post in apposition is no speaker, and a list item's words are not the next item's speaker's", async () => {
    // Was "These words were said by Deputy Housing Ombudsman, not Ms Achebe".
    assert.deepEqual(await misattributions({ 'report.md': REPORT }, `"Mr Pryce's family did everything that was asked of them," Ms Achebe said.`), []);
    assert.deepEqual(await misattributions({ 'report.md': REPORT }, `"Mr Pryce's family did everything that was asked of them," Mr Hale said.`), ['These words were said by Rosalind Achebe, not Mr Hale']);
    // Was "In the source, this was said by Thornbury, not Dr Fiona Gale": the list's only verb of saying is in another item.
    assert.deepEqual(await misattributions({ 'notes.txt': NOTES }, 'Home Office pathologist Dr Fiona Gale told the jury that the fatal wound, to the chest, was 12cm deep and had penetrated the heart.'), []);
  });

  test('denials that deny nothing of the claim', async () => {
    assert.equal(negationCount('I expect it to show 76 per cent being reached during the autumn of 2024, not before.'), 0);
    assert.equal(negationCount('He was killed over nothing more than a place in a queue.'), 0);
    assert.equal(negationCount('The unit will not open before May.'), 1);
    assert.equal(negationCount('There was nothing more to say.'), 1);
    const index = await workspaceIndex({ 'release.md': RELEASE });
    // Was contradicted: "The source says the opposite: “are not covered by the”".
    const covers = judgeWith(index)('The Temporary Use Ban comes into force at one minute past midnight on Friday 11 July and covers around 480,000 homes and businesses.');
    assert.notEqual(covers.verdict, 'contradicted', why(covers));
    assert.deepEqual(covers.conflicts, []);
    expectVerdictWith(index)('contradicted', 'Garden centres that use a hosepipe as part of their trade are covered by the ban.');
  });
});
