import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import MiniSearch from 'minisearch';
import { bulkLoad, termFrequency, type BulkLoadOptions } from '../../../server/src/core/index/bulkLoad';
import { terms } from '../../../server/src/core/index/tokenize';

interface Item {
  id: string;
  text: string;
  title?: string;
}

const options: BulkLoadOptions<Item> = {
  fields: ['text', 'title'],
  idField: 'id',
  extractField: (item, field) => (item as unknown as Record<string, string | undefined>)[field],
  tokenize: (text) => terms(text),
  processTerm: (term) => term,
};

const items: Item[] = [
  { id: 'a', text: 'Cells divide and cells grow; growth is fast.', title: 'Cell growth' },
  { id: 'b', text: 'The economy grew by 4,500 jobs in 2004.', title: 'Jobs' },
  { id: 'c', text: 'Cancer cells resist treatment.' },
  { id: 'd', text: 'Jobs, jobs, jobs: the 2004 economy.', title: 'Economy' },
];

/** The index in a canonical form: terms sorted, field maps as sorted entries. */
function canonical(index: MiniSearch<Item>) {
  const json = index.toJSON();
  return {
    ...json,
    averageFieldLength: json.averageFieldLength.map((x) => Math.round(x * 1e9) / 1e9),
    index: [...json.index].sort(([a], [b]) => (a < b ? -1 : 1)),
  };
}

describe('bulkLoad', () => {
  it('builds the index addAll builds', () => {
    const reference = new MiniSearch<Item>(options);
    reference.addAll(items);
    const bulk = bulkLoad(options, items);
    assert.deepEqual(canonical(bulk), canonical(reference));
    for (const query of ['cell growth', 'jobs 2004', 'economy', 'treatment cancer']) {
      assert.deepEqual(bulk.search(query), reference.search(query), query);
    }
  });

  it('gives an index that later adds and discards update like any other', () => {
    const reference = new MiniSearch<Item>(options);
    reference.addAll(items.slice(0, 3));
    const bulk = bulkLoad(options, items.slice(0, 3));
    for (const index of [reference, bulk]) {
      index.add(items[3]);
      index.discard('a');
    }
    assert.deepEqual(bulk.search('jobs cells'), reference.search('jobs cells'));
    assert.equal(bulk.has('a'), false);
    assert.equal(bulk.documentCount, 3);
  });

  it('rejects duplicate and missing ids', () => {
    assert.throws(() => bulkLoad(options, [items[0], items[0]]), /duplicate ID/);
    assert.throws(() => bulkLoad(options, [{ text: 'x' } as Item]), /ID field/);
  });

  it('counts the live entries that hold a term', () => {
    const index = bulkLoad(options, items);
    assert.equal(termFrequency(index, 'job', 'text'), 2);
    assert.equal(termFrequency(index, 'job', 'title'), 1);
    assert.equal(termFrequency(index, 'unknown', 'text'), 0);
    index.discard('d');
    assert.equal(termFrequency(index, 'job', 'text'), 1);
  });
});
