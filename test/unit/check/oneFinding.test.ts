/**
 * One mistake, one finding: a claim whose only conflicts lie inside its own altered or unverified quote, or whose
 * only missing words are the quote's, gets no finding of its own; the quote's finding gives the source's words
 * (helpers of h536–h547 counted "9 errors for 8 problems" where a changed word in a quote was reported twice, at
 * neighbouring columns). The claim's verdict stays what it is.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkAgainst } from '../verdict/sources';

const files = {
  'statement.md':
    '# Statement\n\nThe harbour board met on Tuesday 4 March. Its chair, Ann Hale, said: "The quay will reopen in the spring, once the new crane is installed and tested by the engineers."\n\nThe crane cost £240,000.\n',
};
const check = (paragraph: string) => checkAgainst(files, `# Story\n\n${paragraph}\n`);

test('a word changed inside a quote: the altered quote\'s finding alone, the claim still contradicted', async () => {
  const report = await check('Ann Hale, the harbour board chair, said: "The quay will reopen in the autumn, once the new crane is installed and tested by the engineers."');
  assert.equal(report.claims[0].verdict, 'contradicted');
  assert.deepEqual(report.claims[0].conflicts.map((c) => [c.claim, c.source]), [['autumn', 'spring']]);
  assert.deepEqual(report.findings.map((f) => f.code), ['altered-quote']);
  assert.match(report.findings[0].message, /“autumn” where the source has “spring”/);
});

test('quoted words in no source: the unverified quote\'s finding alone, the claim still unsupported', async () => {
  const report = await check('Ann Hale, the harbour board chair, said: "The dredger from Rotterdam will arrive at the quay in June."');
  assert.equal(report.claims[0].verdict, 'unsupported');
  assert.deepEqual(report.findings.map((f) => f.code), ['unverified-quote']);
});

test('a mistake outside the quote keeps its own finding', async () => {
  const report = await check('Ann Hale, the harbour board chair, said on Friday 4 March that the quay "will reopen in the spring, once the new crane is installed and tested by the engineers."');
  const codes = report.findings.map((f) => f.code);
  assert.ok(codes.includes('contradicted-claim'), JSON.stringify(report.findings.map((f) => [f.code, f.message])));
});
