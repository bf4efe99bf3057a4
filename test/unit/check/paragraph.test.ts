/**
 * A paragraph that draws on one source: its claims that cite nothing are checked against that source as if they
 * cited it, when it has a passage as good as the one another document gives.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { checkDraft, ClaimCache } from '../../../server/src/core/check';
import { DEFAULT_CONFIG } from '../../../server/src/core/config';
import { indexOf, makeDocument } from '../verdict/sources';
import { withProductWordVectors } from '../verdict/productVectors';

const CMO = `Mortgage unit offering priced

Harlan Mortgage Assets Corp, a unit of Harlan Securities, is offering 100 mln dlrs of collateralized mortgage obligations in three tranches.
    The floating rate class amounts to 60 mln dlrs and matures in 2018.
    The issue is rated AAA by Standard and Poor's and secured by agency certificates.
`;
const MUNI = `County bonds priced

Dorset County is offering 40 mln dlrs of general obligation bonds through a syndicate led by Pell and Co.
    Non-refundable for 10 years, the issue is rated A-2 by Moody's and AA by Standard and Poor's.
`;

describe("a paragraph's own source", () => {
  withProductWordVectors();
  const index = indexOf([makeDocument('cmo.txt', CMO), makeDocument('muni.txt', MUNI)]);
  const check = (text: string, cache?: ClaimCache) => checkDraft(text, index, { config: DEFAULT_CONFIG, format: 'markdown', cache });
  const verdictOf = (report: Awaited<ReturnType<typeof check>>, start: string) => report.claims.find((c) => c.claim.text.startsWith(start));

  test('a claim that names nothing is checked against the source of the rest of its paragraph', async () => {
    const cmo = await check(
      "Harlan Mortgage Assets Corp is offering 100 mln dlrs of collateralized mortgage obligations in three tranches. The floating rate class amounts to 60 mln dlrs and matures in 2018. The issue is rated AA by Standard and Poor's.\n",
    );
    const rating = verdictOf(cmo, 'The issue is rated');
    assert.equal(rating?.verdict, 'contradicted', JSON.stringify(rating?.conflicts));
    assert.deepEqual(rating?.conflicts.map((c) => [c.claim, c.source]), [['AA', 'AAA']]);
    assert.equal(rating?.evidence[0].document.id, 'cmo.txt');
    // In a paragraph about the county's bonds the same sentence is right.
    const muni = await check(
      "Dorset County is offering 40 mln dlrs of general obligation bonds. The bonds are offered through a syndicate led by Pell and Co. The issue is rated AA by Standard and Poor's.\n",
    );
    assert.equal(verdictOf(muni, 'The issue is rated')?.verdict, 'supported');
  });

  test('when an edit gives the paragraph another source, the claim\'s finding follows its new verdict (the cache keeps each apart)', async () => {
    const cache = new ClaimCache();
    const rating = "The issue is rated AA by Standard and Poor's.";
    const onCmo = `Harlan Mortgage Assets Corp is offering 100 mln dlrs of collateralized mortgage obligations in three tranches. The floating rate class amounts to 60 mln dlrs and matures in 2018. ${rating}\n`;
    const onMuni = `Dorset County is offering 40 mln dlrs of general obligation bonds. The bonds are offered through a syndicate led by Pell and Co. ${rating}\n`;
    const first = await check(onCmo, cache);
    assert.ok(first.findings.some((f) => f.code === 'contradicted-claim'));
    for (const text of [onMuni, onCmo, onMuni]) {
      const cached = await check(text, cache);
      const fresh = await check(text);
      assert.deepEqual(cached.findings, fresh.findings);
    }
  });

  test('a paragraph that mixes its sources leaves each claim to its own evidence; a re-check keeps the result', async () => {
    const text =
      "Harlan Mortgage Assets Corp is offering 100 mln dlrs of collateralized mortgage obligations in three tranches. Dorset County is offering 40 mln dlrs of general obligation bonds. The issue is rated AA by Standard and Poor's.\n";
    const cache = new ClaimCache();
    const first = await check(text, cache);
    assert.equal(verdictOf(first, 'The issue is rated')?.verdict, 'supported');
    const misses = cache.misses;
    const again = await check(text, cache);
    assert.equal(cache.misses, misses, 'nothing judged again');
    assert.deepEqual(again.findings, first.findings);
  });
});

describe('a paragraph\'s own source for a claim no source supports', () => {
  withProductWordVectors();
  const BILL = `Falconer rebuts charade claims

Lord Falconer said the concessions on the Mental Capacity Bill were not a political ploy.
    On Tuesday, the government saw off a backbench attempt to force changes to the bill by 297 votes to 203, despite rebellion by 34 Labour MPs.
`;
  const HOSTAGE = `Galloway plea for hostage

Ex-Labour MP George Galloway has appealed for the release of aid worker Margaret Hassan.
`;
  const index = indexOf([makeDocument('bill.txt', BILL), makeDocument('hostage.txt', HOSTAGE)]);

  test('its closest passage is sought in the paragraph\'s source first', async () => {
    const text =
      'Lord Falconer said the concessions on the Mental Capacity Bill were not a political ploy. The government saw off a backbench attempt to force changes to the bill by 297 votes to 203. Some 43 Labour MPs rebelled.\n';
    const report = await checkDraft(text, index, { config: DEFAULT_CONFIG, format: 'markdown' });
    const rebels = report.claims.find((c) => c.claim.text.startsWith('Some 43'));
    assert.equal(rebels?.evidence[0]?.document.id, 'bill.txt', JSON.stringify(rebels?.evidence.map((e) => e.document.id)));
  });
});
