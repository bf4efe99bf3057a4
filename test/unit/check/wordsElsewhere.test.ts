/**
 * An unsupported claim's missing words that some source has: the message and the hover card say that no passage
 * states them with the rest of the claim, not that no source states them (helpers of h536–h541 read "No source states
 * “estate”", "“branch”", "“inspectors”" about words the sources use throughout, and stopped trusting the list).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkDraft } from '../../../server/src/core/check';
import { DEFAULT_CONFIG, DEFAULT_THRESHOLDS } from '../../../server/src/core/config';
import type { PassageIndex } from '../../../server/src/core/index/passageIndex';
import { claimHover } from '../../../server/src/hoverCards';
import { workspaceIndex } from '../verdict/sources';

const files = {
  'survey.md':
    '# Drainage survey\n\nOn Thursday 19 September, 41.6mm of rain was recorded at the Mill Lane gauge in five hours, and the attenuation pond overflowed into Mill Lane.\n\nThe outfall pipe was found to be partly blocked by silt.\n',
  'statement.md':
    '# Statement from Brackenridge Homes\n\nBrackenridge Homes built the Kestrel Fields estate between 2021 and 2023. We are sorry for the distress caused to residents of the estate.\n',
};
const draft = '# Floods\n\nThe attenuation pond overflowed into Mill Lane on Thursday 19 September, when 41.6mm of rain fell on the estate in five hours and a culvert collapsed.\n';

test('a missing word another source uses is "not with the rest of this claim"; one no source uses is "in no source"', async () => {
  const report = await checkDraft(draft, await workspaceIndex(files), { config: DEFAULT_CONFIG, format: 'markdown' });
  const [claim] = report.claims;
  assert.equal(claim.verdict, 'unsupported');
  assert.deepEqual(claim.elsewhere, ['estate']);
  const finding = report.findings.find((f) => f.code === 'unsupported-claim');
  assert.ok(finding, JSON.stringify(report.findings));
  const [inNone, notWithIt] = finding.message.split(', and no passage states ');
  assert.match(inNone, /^No source states .*“culvert collapsed”/);
  assert.doesNotMatch(inNone, /estate/);
  assert.match(notWithIt, /^“estate” with the rest of this claim; the closest passage \(sources\/survey\.md:3\) covers the rest of this claim\.$/);
  // The card, when no diagnostic speaks (a severity turned off), says the same in two lines.
  const card = claimHover(claim, undefined, DEFAULT_THRESHOLDS.support)?.value ?? '';
  assert.match(card, /^In no source: .*\*\*culvert collapsed\*\*$/m);
  assert.doesNotMatch(card, /^In no source: .*estate/m);
  assert.match(card, /^In no passage with the rest of this claim: \*\*estate\*\*$/m);
});

test('every missing word in other sources: the message starts "No passage states"', async () => {
  const text = '# Floods\n\nThe outfall pipe was partly blocked by silt, residents of Kestrel Fields said.\n';
  const report = await checkDraft(text, await workspaceIndex(files), { config: DEFAULT_CONFIG, format: 'markdown' });
  const finding = report.findings.find((f) => f.code === 'unsupported-claim');
  assert.ok(finding, JSON.stringify(report.claims.map((c) => [c.verdict, c.missing])));
  assert.equal(finding.message, 'No passage states “residents” with the rest of this claim; the closest passage (sources/survey.md:5) covers the rest of this claim.');
});

test('an index that cannot tell which terms it holds: every missing word is "in no source", as before', async () => {
  const index = await workspaceIndex(files);
  const bare: PassageIndex = {
    version: index.version,
    search: (q, o) => index.search(q, o),
    document: (id) => index.document(id),
    documentsByKey: (key) => index.documentsByKey(key),
    passagesOf: (id) => index.passagesOf(id),
    idf: index.idf?.bind(index),
  };
  const report = await checkDraft(draft, bare, { config: DEFAULT_CONFIG, format: 'markdown' });
  assert.equal(report.claims[0].elsewhere, undefined);
  const finding = report.findings.find((f) => f.code === 'unsupported-claim');
  assert.match(finding?.message ?? '', /^No source states [^;]*“estate”[^;]*; the closest passage/);
  assert.doesNotMatch(finding?.message ?? '', /no passage states/i);
});
