/**
 * `RememberedSearches` (core/index/searchMemo.ts), the searches of one check remembered: the same hits as the
 * index, for the same and for smaller limits, searched again once the index changed; and in `checkDraft`, a
 * verbatim quote's text searched once although its verdict and the attribution pass (who said it) both ask for it.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { checkDraft, ClaimCache } from '../../../server/src/core/check';
import { DEFAULT_CONFIG } from '../../../server/src/core/config';
import type { PassageIndex, SearchHit, SearchOptions } from '../../../server/src/core/index/passageIndex';
import { RememberedSearches } from '../../../server/src/core/index/searchMemo';
import { SourceIndex } from '../../../server/src/core/index/sourceIndex';
import { exampleWorkspace, NEWSROOM, scifactSlice } from '../helpers/fixtures';
import { doc } from './helpers';

const { documents, claims } = scifactSlice();

const summary = (hits: SearchHit[]) => hits.map((h) => [h.passage.id, h.score, h.terms.join(' ')]);

/** A SourceIndex that counts the searches it runs. */
class CountingIndex extends SourceIndex {
  calls: string[] = [];
  override search(query: string, options?: SearchOptions): SearchHit[] {
    this.calls.push(query);
    return super.search(query, options);
  }
}

/** A fresh index of a workspace's documents: nothing remembered. */
function indexOf(workspace: { index: { documents(): Iterable<import('../../../server/src/core/types').SourceDocument> } }): SourceIndex {
  const index = new SourceIndex();
  index.addDocuments([...workspace.index.documents()]);
  return index;
}

describe('RememberedSearches', () => {
  it('gives the index’s hits, and the best of a remembered longer list for a smaller limit', () => {
    const index = new CountingIndex();
    index.addDocuments(documents);
    const reference = new SourceIndex();
    reference.addDocuments(documents);
    const memo = new RememberedSearches(index);
    const some = [documents[0].id, documents[1].id];
    for (const claim of claims.slice(0, 10)) {
      for (const limit of [20, 20, 5, 1]) assert.deepEqual(summary(memo.search(claim.claim, { limit })), summary(reference.search(claim.claim, { limit })));
      // Restricted to some documents: a search of its own.
      assert.deepEqual(summary(memo.search(claim.claim, { limit: 5, documents: some })), summary(reference.search(claim.claim, { limit: 5, documents: some })));
    }
    // Two searches a claim reached the index (all documents, some); the other three came from memory.
    assert.equal(index.calls.length, 20);
    assert.equal(memo.ran, 20);
    assert.equal(memo.reused, 30);
    // More hits than remembered: searched again.
    assert.deepEqual(summary(memo.search(claims[0].claim, { limit: 40 })), summary(reference.search(claims[0].claim, { limit: 40 })));
    assert.equal(index.calls.length, 21);
  });

  it('searches again once the index changed (no stale hits)', () => {
    const index = new SourceIndex();
    const river = doc('river.txt', 'The river flooded the old town after three days of rain.');
    index.addDocuments([river, doc('budget.txt', 'The council raised the budget for schools.')]);
    const memo = new RememberedSearches(index);
    const query = 'Rain flooded the harbour town';
    assert.deepEqual(memo.search(query).map((h) => h.document.id), [river.id]);
    const harbour = doc('harbour.txt', 'Rain flooded the harbour town of Eastport.');
    index.addDocuments([harbour]);
    const after = memo.search(query);
    assert.deepEqual(summary(after), summary(index.search(query)));
    assert.equal(after[0].document.id, harbour.id);
    assert.equal(memo.version, index.version);
    index.removeDocument(harbour.id);
    assert.deepEqual(memo.search(query, { limit: 1 }).map((h) => h.document.id), [river.id]);
    assert.equal(memo.ran, 3);
  });

  it('hands out its own lists: changing one does not change what is remembered', () => {
    const index = new SourceIndex();
    index.addDocuments(documents);
    const memo = new RememberedSearches(index);
    const first = memo.search(claims[0].claim);
    const expected = summary(first);
    first.length = 0;
    assert.deepEqual(summary(memo.search(claims[0].claim)), expected);
  });

  it('keeps the index’s IDF, or its absence', () => {
    const index = new SourceIndex();
    index.addDocuments(documents);
    assert.equal(new RememberedSearches(index).idf?.('cell'), index.idf('cell'));
    const bare: PassageIndex = { version: 1, search: () => [], document: () => undefined, documentsByKey: () => [], passagesOf: () => [] };
    assert.equal(new RememberedSearches(bare).idf, undefined);
  });

  it('knows a search by the query’s terms in the vocabulary: a word the sources do not have, punctuation or a stopword changes nothing searched', () => {
    const index = new CountingIndex();
    index.addDocuments(documents);
    const memo = new RememberedSearches(index);
    const claim = claims[0].claim;
    memo.search(claim, { limit: 20 });
    // The same terms: no second search, the same hits.
    for (const edited of [`${claim} zqxwv`, `Indeed, ${claim}`, `${claim.replace(/\.?$/, '')}!`]) {
      assert.equal(index.searchKey(edited, { limit: 20 }), index.searchKey(claim, { limit: 20 }), edited);
      assert.deepEqual(summary(memo.search(edited, { limit: 20 })), summary(index.search(edited, { limit: 20 })));
    }
    assert.equal(memo.ran, 1);
    // A word the sources have, another limit's documents or an exhaustive search: another key.
    assert.notEqual(index.searchKey(`${claim} cell`), index.searchKey(claim));
    assert.notEqual(index.searchKey(claim, { documents: [documents[0].id] }), index.searchKey(claim));
    assert.notEqual(index.searchKey(claim, { exhaustive: true }), index.searchKey(claim));
  });

  it('checkDraft with a cache searches an edited claim again only when its terms changed, and gives the uncached verdicts', async () => {
    const workspace = await exampleWorkspace();
    const counting = new CountingIndex();
    counting.addDocuments([...workspace.index.documents()]);
    const text = readFileSync(join(NEWSROOM, 'drafts', 'harbour.md'), 'utf8');
    const cache = new ClaimCache();
    await checkDraft(text, counting, { config: DEFAULT_CONFIG, format: 'markdown', cache });
    const report = await checkDraft(text, counting, { config: DEFAULT_CONFIG, format: 'markdown' });
    // A claim edited by a word no source has (a word being typed): judged again, not searched again.
    const claim = report.claims.find((c) => c.claim.text.split(' ').length > 6)!.claim;
    const at = claim.span.start + claim.text.indexOf(' ');
    const typed = `${text.slice(0, at)} zqxw${text.slice(at)}`;
    const before = counting.calls.length;
    const edited = await checkDraft(typed, counting, { config: DEFAULT_CONFIG, format: 'markdown', cache });
    assert.equal(counting.calls.length, before, counting.calls.slice(before).join(' | '));
    assert.equal(cache.misses > 0, true);
    const fresh = await checkDraft(typed, indexOf(workspace), { config: DEFAULT_CONFIG, format: 'markdown' });
    assert.deepEqual(edited.claims.map((c) => [c.verdict, c.evidence.map((e) => e.passage.id)]), fresh.claims.map((c) => [c.verdict, c.evidence.map((e) => e.passage.id)]));
    // A word the sources have: searched.
    const word = `${text.slice(0, at)} harbour${text.slice(at)}`;
    await checkDraft(word, counting, { config: DEFAULT_CONFIG, format: 'markdown', cache });
    assert.ok(counting.calls.length > before);
  });

  it('checkDraft searches an attributed verbatim quote once, for its verdict and for the attribution pass', async () => {
    const workspace = await exampleWorkspace();
    const counting = new CountingIndex();
    counting.addDocuments([...workspace.index.documents()]);
    const text = readFileSync(join(NEWSROOM, 'drafts', 'harbour.md'), 'utf8');
    const report = await checkDraft(text, counting, { config: DEFAULT_CONFIG, format: 'markdown' });
    const verbatim = report.quotes.filter((q) => q.verdict === 'verbatim');
    assert.ok(verbatim.length > 0);
    for (const q of verbatim) assert.equal(counting.calls.filter((c) => c === q.quote.text).length, 1, q.quote.text);
  });
});
