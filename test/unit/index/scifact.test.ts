/**
 * Golden rankings on real text: the best passages of a SciFact slice (test/fixtures/scifact) for each of its 80
 * claims, with their scores and matched terms, as the index ranked them when its search was made one path
 * (issue 14). Plain queries, queries restricted to some documents, prefix and fuzzy matching (which expand a
 * query term to many vocabulary terms), and the same after documents are removed, replaced and merged.
 *
 * A change to the scoring shows up here as a diff; if it is intended, re-run with UPDATE_SNAPSHOTS=1 and say
 * in the commit why the ranking moved (and what the retrieval benchmark says about it).
 */
import { test } from 'node:test';
import { SourceIndex, type SearchHit } from '../../../server/src/core/index/sourceIndex';
import { assertSnapshot, snapshotPath } from '../helpers/snapshot';
import { scifactSlice } from '../helpers/fixtures';

const { documents, claims } = scifactSlice();

const render = (hits: SearchHit[]) => hits.map((h) => `  ${h.passage.id} ${h.score} ${h.terms.join(',')}`).join('\n');

function rankings(index: SourceIndex, queries: readonly { id: number; claim: string }[], limit: number, filter?: readonly string[]): string {
  return queries.map(({ id, claim }) => `${id} ${claim}\n${render(index.search(claim, { limit, documents: filter }))}`).join('\n');
}

test('SciFact slice: golden rankings of the source index', () => {
  const index = new SourceIndex();
  index.addDocuments(documents);
  const some = documents.slice(0, 60).map((d) => d.id);
  const out: string[] = [];
  out.push('# top 10', rankings(index, claims, 10));
  out.push('# top 3 among the first 60 abstracts', rankings(index, claims, 3, some));
  index.configure({ prefix: true });
  out.push('# prefix matching, top 5', rankings(index, claims.slice(0, 20), 5));
  index.configure({ prefix: false, fuzzy: 0.2 });
  out.push('# fuzzy matching (0.2), top 5', rankings(index, claims.slice(0, 10), 5));
  index.configure({ fuzzy: false, paragraphWeight: 0 });
  out.push('# sentences alone (paragraphWeight 0), top 5', rankings(index, claims.slice(0, 20), 5));

  const updated = new SourceIndex({ mergeAt: 200 });
  updated.addDocuments(documents);
  updated.removeDocument(documents[3].id);
  updated.replaceDocument({ ...documents[5], text: `${documents[5].text} Vitamin D deficiency raises the risk of fractures.` });
  updated.addDocuments(documents.slice(10, 20).map((d) => ({ ...d, id: `${d.id}-copy` })));
  out.push('# after a removal, a replacement and added copies (merged), top 5', rankings(updated, [...claims, { id: -1, claim: 'vitamin D deficiency fractures' }], 5));
  assertSnapshot(out.join('\n') + '\n', snapshotPath(__dirname, 'scifact-rankings'));
});
