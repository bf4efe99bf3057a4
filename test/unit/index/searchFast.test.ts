/**
 * `SourceIndex.search` answers most queries on a fast path (typed-array accumulators, a bounded heap of the best
 * hits) and falls back to a general path for queries that expand to more than 64 terms. Both must give the same
 * hits, scores, order and matched terms: checked here on real text (SciFact abstracts), with and without a
 * document filter, after updates.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { SourceIndex, type SearchHit } from '../../../server/src/core/index/sourceIndex';
import { loadSourceText } from '../../../server/src/core/sources/load';

const corpus = readFileSync('/work/shared/data/scifact/corpus.jsonl', 'utf8').split('\n').slice(0, 600).join('\n');
const documents = loadSourceText('/ws/sources/scifact.jsonl', corpus, '/ws').documents;
const claims = readFileSync('/work/shared/data/scifact/claims_train.jsonl', 'utf8')
  .split('\n')
  .filter(Boolean)
  .slice(0, 120)
  .map((line) => JSON.parse(line).claim as string);

function general(index: SourceIndex): SourceIndex['search'] {
  const copy = Object.create(index) as SourceIndex;
  (copy as unknown as { searchFast: () => undefined }).searchFast = () => undefined;
  return copy.search.bind(copy);
}

const key = (hits: SearchHit[]) => hits.map((h) => `${h.passage.id} ${h.score} ${h.terms.join(',')}`);

test('the fast path ranks exactly as the general path', () => {
  const index = new SourceIndex();
  index.addDocuments(documents);
  const slow = general(index);
  const some = documents.slice(0, 150).map((d) => d.id);
  let nonEmpty = 0;
  for (const claim of claims) {
    const fast = index.search(claim, { limit: 20 });
    if (fast.length) nonEmpty++;
    assert.deepEqual(key(fast), key(slow(claim, { limit: 20 })), claim);
    assert.deepEqual(key(index.search(claim, { limit: 5, documents: some })), key(slow(claim, { limit: 5, documents: some })), claim);
  }
  assert.ok(nonEmpty > 100, 'the claims find passages');
});

test('the fast path stays exact after documents are replaced and removed (no stale accumulators)', () => {
  const index = new SourceIndex();
  index.addDocuments(documents);
  for (const claim of claims.slice(0, 20)) index.search(claim, { limit: 10 });
  index.removeDocument(documents[3].id);
  index.replaceDocument({ ...documents[5], text: `${documents[5].text} Vitamin D deficiency raises the risk of fractures.` });
  const slow = general(index);
  for (const claim of [...claims.slice(0, 40), 'vitamin D deficiency fractures']) {
    assert.deepEqual(key(index.search(claim, { limit: 10 })), key(slow(claim, { limit: 10 })), claim);
  }
  assert.ok(!index.search('vitamin D deficiency fractures', { limit: 50 }).some((h) => h.document.id === documents[3].id));
});
