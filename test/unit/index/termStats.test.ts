/**
 * The per-term statistics the search scores and prunes with (`core/index/termStats.ts`), kept up to date as
 * documents are added, removed, replaced and merged: the document frequencies must equal a recount from the live
 * postings exactly, and the bounds' inputs must hold for every live posting (largest frequency at least the
 * largest there, shortest field at most the shortest there), on the SciFact slice, also after a save and restore.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { IndexData } from '../../../server/src/core/index/indexData';
import { restoreData, takeSnapshot } from '../../../server/src/core/index/snapshot';
import type { TermStats } from '../../../server/src/core/index/termStats';
import { scifactSlice } from '../helpers/fixtures';

const { documents } = scifactSlice();

/** The statistics counted afresh from the live postings. */
function recount(data: IndexData): TermStats {
  const steps = data.recountSteps();
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

function check(data: IndexData, where: string): void {
  const fresh = recount(data);
  const kept = data.stats;
  assert.equal(fresh.size, data.termList.length);
  let frequent = 0;
  for (let t = 0; t < data.termList.length; t++) {
    const term = `${data.termList[t]} (${where})`;
    assert.equal(kept.sentenceDf.data[t], fresh.sentenceDf.data[t], `sentence df of ${term}`);
    assert.equal(kept.paragraphDf.data[t], fresh.paragraphDf.data[t], `paragraph df of ${term}`);
    assert.equal(kept.titleDf.data[t], fresh.titleDf.data[t], `title df of ${term}`);
    assert.ok(kept.sentenceMaxTf.data[t] >= fresh.sentenceMaxTf.data[t], `sentence max tf of ${term}`);
    assert.ok(kept.sentenceMinLength.data[t] <= fresh.sentenceMinLength.data[t], `sentence min length of ${term}`);
    assert.ok(kept.paragraphMaxTf.data[t] >= fresh.paragraphMaxTf.data[t], `paragraph max tf of ${term}`);
    assert.ok(kept.paragraphMinLength.data[t] <= fresh.paragraphMinLength.data[t], `paragraph min length of ${term}`);
    assert.ok(kept.titleMaxTf.data[t] >= fresh.titleMaxTf.data[t], `title max tf of ${term}`);
    assert.ok(kept.titleMinLength.data[t] <= fresh.titleMinLength.data[t], `title min length of ${term}`);
    if (fresh.sentenceDf.data[t] > 1) frequent++;
  }
  assert.ok(frequent > 100, 'the slice has many terms in several sentences');
}

describe('term statistics', () => {
  it('match a recount after adding documents', () => {
    const data = new IndexData();
    for (const d of documents) data.indexDocument(d);
    check(data, 'added');
    // The document frequency of a term spread over sentences of one paragraph: each sentence counts, the
    // paragraph once.
    const id = data.termIds.get('vitamin')!;
    assert.ok(data.stats.sentenceDf.data[id] > data.stats.paragraphDf.data[id]);
  });

  it('match a recount after removals and replacements, before and after a merge, and after a restore', () => {
    const data = new IndexData();
    for (const d of documents) data.indexDocument(d);
    for (let k = 0; k < documents.length; k += 5) data.removeDocument(documents[k].id);
    for (let k = 2; k < documents.length; k += 9) data.indexDocument({ ...documents[k], title: `${documents[k].title} vitamin`, text: `${documents[k].text}\n\nVitamin D again.` });
    check(data, 'removed and replaced');
    const steps = data.mergeSteps();
    while (!steps.next().done);
    check(data, 'merged');
    const live = [...data.entries.values()].map((e) => e.document);
    check(restoreData(structuredClone(takeSnapshot(data)), live), 'restored');
  });

  it('are saved with the index and restored as they were, before a merge too (no recount from the postings)', () => {
    const data = new IndexData();
    for (const d of documents) data.indexDocument(d);
    for (let k = 0; k < documents.length; k += 4) data.removeDocument(documents[k].id);
    const live = [...data.entries.values()].map((e) => e.document);
    const snapshot = takeSnapshot(data);
    assert.ok(snapshot.deltaTerms.length > 0 || data.deadSentences > 0, 'a snapshot with removals not merged yet');
    const restored = restoreData(structuredClone(snapshot), live);
    check(restored, 'restored before a merge');
    const n = data.termList.length;
    assert.deepEqual(restored.stats.saved(n), data.stats.saved(n));
    // Titles are counted from the restored documents: the same frequencies, bounds as tight as a recount's.
    assert.deepEqual(restored.stats.titleDf.data.subarray(0, n), data.stats.titleDf.data.subarray(0, n));
  });

  it('that cannot be those of the index are refused with the snapshot', () => {
    const data = new IndexData();
    for (const d of documents) data.indexDocument(d);
    const live = [...data.entries.values()].map((e) => e.document);
    const snapshot = takeSnapshot(data);
    const n = data.termList.length;
    const sentences = data.sentLen.length;
    const t = data.termIds.get('vitamin')!;
    const damaged = (change: (stats: Int32Array) => Int32Array | undefined) => {
      const copy = structuredClone(snapshot);
      copy.termStats = change(Int32Array.from(copy.termStats)) as Int32Array;
      return () => restoreData(copy, live);
    };
    assert.doesNotThrow(damaged((s) => s));
    for (const [what, change] of [
      ['missing', () => undefined],
      ['one term short', (s: Int32Array) => s.subarray(0, s.length - 6)],
      ['a negative frequency', (s: Int32Array) => ((s[t] = -1), s)],
      ['more sentences than the index has', (s: Int32Array) => ((s[t] = sentences + 1), s)],
      ['a paragraph frequency over the paragraphs', (s: Int32Array) => ((s[3 * n + t] = data.paraLen.length + 1), s)],
      ['a term that occurs with no largest frequency', (s: Int32Array) => ((s[n + t] = 0), s)],
      ['a term that occurs in no field', (s: Int32Array) => ((s[2 * n + t] = 0), s)],
    ] as const) {
      assert.throws(damaged(change as (s: Int32Array) => Int32Array | undefined), /damaged/, what);
    }
  });
});
