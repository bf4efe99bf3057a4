/**
 * A report of a protest march against a writer's draft: crowd estimates given by two sides, "no one" as a denial,
 * and a time of day in words. The report is written for these tests; the march is invented.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { checkDraft, ClaimCache } from '../../../server/src/core/check';
import { DEFAULT_CONFIG } from '../../../server/src/core/config';
import { checkAgainst, expectVerdictWith, workspaceIndex, workspaceOf } from './sources';
import { withProductWordVectors } from './productVectors';

const REPORT = `Thousands march in Leeds against hospital cuts

Organisers said 20,000 people joined Saturday's march through Leeds city centre against plans to close the accident and emergency unit at St Mary's Hospital. West Yorkshire Police estimated the crowd at 6,500.

The march began at noon at Woodhouse Moor and ended with a rally outside the hospital two hours later.

Three people were arrested for public order offences, police said. No one was injured.
`;

const check = (draft: string) => checkAgainst({ 'report.txt': REPORT }, draft);

describe('a protest march, with the product\'s word vectors', () => {
  withProductWordVectors();

  test('a crowd figure given as the wrong side\'s, when the source gives that side another: "Police said 20,000" / "Organisers said 20,000 … Police estimated the crowd at 6,500"', async () => {
    const report = await check('# March\n\nPolice said 20,000 people joined the march.\n\nOrganisers said 20,000 people joined the march.\n\nAbout 6,500 people marched, according to police.\n');
    const [police, organisers, estimate] = report.claims;
    assert.equal(police.verdict, 'contradicted', JSON.stringify(police.conflicts));
    assert.deepEqual(police.conflicts.map((c) => [c.claim, c.source, c.note, c.replacement]), [['20,000 people', '6,500', 'Organisers gave 20,000 people', '6,500 people']]);
    assert.match(police.evidence[0].document.text.slice(police.evidence[0].passage.span.start, police.evidence[0].passage.span.end), /Police estimated the crowd at 6,500/);
    assert.equal(organisers.verdict, 'supported');
    assert.equal(estimate.verdict, 'supported');
  });

  test('the other speaker\'s figure is remembered between checks and moves with its claim', async () => {
    const index = (await workspaceOf({ 'report.txt': REPORT })).index;
    const cache = new ClaimCache();
    const draft = '# March\n\nPolice said 20,000 people joined the march.\n';
    const first = await checkDraft(draft, index, { config: DEFAULT_CONFIG, format: 'markdown', cache });
    assert.equal(first.claims[0].verdict, 'contradicted');
    // A paragraph typed above it: the claim's verdict comes from the cache, its conflict at the figure's new place.
    const edited = draft.replace('# March\n\n', '# March\n\nThe march began at noon.\n\n');
    const again = await checkDraft(edited, index, { config: DEFAULT_CONFIG, format: 'markdown', cache });
    const police = again.claims.find((c) => c.claim.text.startsWith('Police'))!;
    assert.equal(police.verdict, 'contradicted');
    const span = police.conflicts[0].claimSpan!;
    assert.equal(edited.slice(span.start, span.end), '20,000 people');
    const finding = again.findings.find((f) => f.span.start <= span.start && f.span.end >= span.end);
    assert.ok(finding, JSON.stringify(again.findings));
  });

  test('"No one was injured" denies an injury: "Two people were injured"', async () => {
    const verdict = expectVerdictWith(await workspaceIndex({ 'report.txt': REPORT }));
    verdict('contradicted', 'Two people were injured.');
    verdict('supported', 'Three people were arrested.');
  });

  test('"at noon" is a time of day: "The march began at 11am" / "began at noon"', async () => {
    const verdict = expectVerdictWith(await workspaceIndex({ 'report.txt': REPORT }));
    verdict('contradicted', 'The march began at 11am.', [['11am', 'noon']]);
    verdict('supported', 'The march began at midday at Woodhouse Moor.');
  });
});
