import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { SourceIndex, type SourceIndexOptions } from '../../../server/src/core/index/sourceIndex';
import { CancelledError, passageText, type SourceDocument } from '../../../server/src/core/types';
import { doc } from './helpers';

function index(documents: SourceDocument[] = [], options: SourceIndexOptions = {}): SourceIndex {
  const out = new SourceIndex(options);
  out.addDocuments(documents);
  return out;
}

const amnesty = doc(
  'news/amnesty.txt',
  'North Korea will free prisoners in an amnesty. The amnesty marks the birthday of Kim Jong-il.\n\nOfficials gave no number of prisoners.',
  { title: 'North Korea announces amnesty' },
);
const budget = doc('reports/budget-2004.md', 'The budget rose by 4,500 dollars in 2004. Spending on schools grew by 18%.', {
  key: 'Budget2004',
});
const weather = doc('weather.txt', 'Heavy rain fell in the north. Rivers flooded two towns.');

function texts(hits: { document: SourceDocument; passage: Parameters<typeof passageText>[1] }[]): string[] {
  return hits.map((hit) => passageText(hit.document, hit.passage));
}

describe('SourceIndex: documents and passages', () => {
  it('splits documents into passages and counts them', () => {
    const i = index([amnesty, budget]);
    assert.equal(i.documentCount, 2);
    assert.equal(i.passageCount, 5);
    assert.deepEqual(
      i.passagesOf(amnesty.id).map((p) => passageText(amnesty, p)),
      ['North Korea will free prisoners in an amnesty.', 'The amnesty marks the birthday of Kim Jong-il.', 'Officials gave no number of prisoners.'],
    );
    assert.equal(i.passage(`${amnesty.id}#1`)?.ordinal, 1);
    assert.equal(i.passage('nope#0'), undefined);
    assert.deepEqual(i.passagesOf('unknown'), []);
    assert.equal(i.document(budget.id), budget);
    assert.deepEqual([...i.documents()].map((d) => d.id).sort(), [budget.id, amnesty.id].sort());
  });

  it('takes passages from outside for data that comes split into sentences', () => {
    const text = 'first line without a full stop\nsecond line. Same line';
    const given = (d: SourceDocument) => [
      { id: `${d.id}#0`, documentId: d.id, ordinal: 0, span: { start: 0, end: 30 }, paragraph: { start: 0, end: text.length }, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 30 } } },
      { id: `${d.id}#1`, documentId: d.id, ordinal: 1, span: { start: 31, end: text.length }, paragraph: { start: 0, end: text.length }, range: { start: { line: 1, character: 0 }, end: { line: 1, character: 22 } } },
    ];
    const i = new SourceIndex({ splitPassages: given });
    i.addDocuments([doc('pre.txt', text)]);
    assert.deepEqual(texts(i.search('second line')), ['second line. Same line', 'first line without a full stop']);
    const produced = index([doc('pre.txt', text)]).passagesOf('pre.txt').map((p) => p.span);
    assert.notDeepEqual(produced, given(doc('pre.txt', text)).map((p) => p.span), 'the production splitter splits otherwise');
  });

  it('finds documents by citation key, ignoring case', () => {
    const i = index([amnesty, budget]);
    assert.deepEqual(i.documentsByKey('budget2004'), [budget]);
    assert.deepEqual(i.documentsByKey('BUDGET2004'), [budget]);
    assert.deepEqual(i.documentsByKey('amnesty'), [amnesty]);
    assert.deepEqual(i.documentsByKey('missing'), []);
  });

  it('removes a document, its passages and its key, and no longer finds it', () => {
    const i = index([amnesty, budget]);
    const before = i.version;
    i.removeDocument(amnesty.id);
    assert.ok(i.version > before);
    assert.equal(i.documentCount, 1);
    assert.equal(i.passageCount, 2);
    assert.equal(i.document(amnesty.id), undefined);
    assert.equal(i.passage(`${amnesty.id}#0`), undefined);
    assert.deepEqual(i.documentsByKey('amnesty'), []);
    assert.deepEqual(i.search('amnesty prisoners'), []);
    const unchanged = i.version;
    i.removeDocument('unknown');
    assert.equal(i.version, unchanged);
  });

  it('replaces a document whose text changed', () => {
    const i = index([amnesty, budget, weather]);
    const before = i.version;
    i.replaceDocument(doc(weather.id, 'Snow closed the airport. Flights were cancelled.'));
    assert.ok(i.version > before);
    assert.equal(i.documentCount, 3);
    assert.deepEqual(i.search('rivers flooded'), []);
    assert.deepEqual(texts(i.search('airport snow')), ['Snow closed the airport.']);
  });

  it('replaces a document added again under the same id', () => {
    const i = index([amnesty]);
    i.addDocuments([doc(amnesty.id, 'Nothing about that any more.')]);
    assert.equal(i.documentCount, 1);
    assert.deepEqual(i.search('amnesty'), []);
    assert.equal(i.search('nothing').length, 1);
  });

  it('keeps the last of several documents with one id in a batch', () => {
    const i = index([doc('x.txt', 'First text here.'), doc('x.txt', 'Second text here.')]);
    assert.equal(i.documentCount, 1);
    assert.deepEqual(texts(i.search('text')), ['Second text here.']);
  });

  it('increments the version on every change', () => {
    const i = index();
    const versions = [i.version];
    i.addDocuments([amnesty]);
    versions.push(i.version);
    i.replaceDocument(amnesty);
    versions.push(i.version);
    i.removeDocument(amnesty.id);
    versions.push(i.version);
    assert.deepEqual([...new Set(versions)], versions, 'each version is new');
  });
});

describe('SourceIndex: search', () => {
  it('returns passages best first, with their document, score and matched terms', () => {
    const i = index([amnesty, budget, weather]);
    const hits = i.search('How many prisoners did the amnesty free?');
    assert.equal(passageText(hits[0].document, hits[0].passage), 'North Korea will free prisoners in an amnesty.');
    assert.deepEqual([...hits[0].terms].sort(), ['amnesti', 'free', 'prison']);
    for (let k = 1; k < hits.length; k++) assert.ok(hits[k - 1].score >= hits[k].score);
    assert.ok(hits.every((h) => h.document.id === amnesty.id));
  });

  it('matches numbers however their thousands are written', () => {
    const i = index([amnesty, budget, weather]);
    assert.deepEqual(texts(i.search('4500')), ['The budget rose by 4,500 dollars in 2004.']);
  });

  it('honours the limit', () => {
    const i = index([amnesty, budget, weather]);
    assert.equal(i.search('amnesty prisoners north', { limit: 2 }).length, 2);
    assert.deepEqual(i.search('amnesty', { limit: 0 }), []);
  });

  it('restricts the search to the given documents', () => {
    const i = index([amnesty, budget, weather]);
    const all = i.search('north');
    assert.deepEqual(new Set(all.map((h) => h.document.id)), new Set([amnesty.id, weather.id]));
    const restricted = i.search('north', { documents: [weather.id] });
    assert.deepEqual(texts(restricted), ['Heavy rain fell in the north.']);
    assert.deepEqual(i.search('north', { documents: [] }), []);
  });

  it('finds nothing in an empty index or for a query of stopwords', () => {
    assert.deepEqual(index().search('anything'), []);
    assert.deepEqual(index([amnesty]).search('the of and'), []);
  });

  it('ranks the sentence whose paragraph is on topic first when sentences tie', () => {
    // Both second sentences match "prisoners" once; only the one in z.txt sits in a paragraph about an amnesty
    // (ties would otherwise go to a.txt, the first id).
    const a = doc('a.txt', 'The zoo opened late. It covered prisoners.');
    const z = doc('z.txt', 'The amnesty freed many. It covered prisoners.');
    const hits = index([a, z]).search('prisoners covered');
    assert.deepEqual(hits.map((h) => h.document.id), ['z.txt', 'a.txt']);
  });

  it('uses the title as context', () => {
    const a = doc('a.txt', 'Officials released the figures.', { title: 'Prison amnesty' });
    const b = doc('b.txt', 'Officials released the figures.', { title: 'School budget' });
    assert.equal(index([a, b]).search('amnesty figures')[0].document.id, 'a.txt');
    assert.equal(index([a, b]).search('budget figures')[0].document.id, 'b.txt');
  });

  it('does not match misspelt names unless fuzzy matching is on', () => {
    assert.deepEqual(index([amnesty]).search('Kimm Jong-ill'), index([amnesty]).search('jong'));
    assert.ok(index([amnesty], { fuzzy: 0.2 }).search('amnesti prisonners').length > 0);
    assert.deepEqual(index([amnesty]).search('prisonners'), []);
  });
});

describe('SourceIndex: term statistics', () => {
  it('gives document frequency over passages and a matching IDF', () => {
    const i = index([amnesty, budget, weather]);
    assert.equal(i.documentFrequency('amnesti'), 2);
    assert.equal(i.documentFrequency('prison'), 2);
    assert.equal(i.documentFrequency('flood'), 1);
    assert.equal(i.documentFrequency('unknown'), 0);
    assert.ok(i.idf('flood') > i.idf('amnesti'));
    assert.ok(i.idf('unknown') > i.idf('flood'));
    const n = i.passageCount;
    assert.equal(i.idf('flood'), Math.log(1 + (n - 1 + 0.5) / 1.5));
  });

  it('forgets removed passages', () => {
    const i = index([amnesty, budget]);
    i.removeDocument(amnesty.id);
    assert.equal(i.documentFrequency('amnesti'), 0);
  });
});

describe('SourceIndex: building', () => {
  const many = Array.from({ length: 30 }, (_, k) =>
    doc(`d${k}.txt`, `Report ${k} on topic ${k % 3}. It mentions ${k % 2 ? 'rain' : 'sun'} and ${k * 100} units.\n\nA second paragraph about item ${k}.`, {
      title: `Report ${k}`,
    }),
  );

  it('gives the same results built in one batch or document by document', () => {
    const bulk = index(many);
    const incremental = index([many[0]]);
    for (const d of many.slice(1)) incremental.addDocuments([d]);
    for (const query of ['rain units', 'topic 2 report', 'second paragraph item 7', '900 units']) {
      const a = bulk.search(query, { limit: 50 }).map((h) => [h.passage.id, h.score.toFixed(9)]);
      const b = incremental.search(query, { limit: 50 }).map((h) => [h.passage.id, h.score.toFixed(9)]);
      assert.deepEqual(a, b, query);
    }
  });

  it('adds asynchronously with the same result', async () => {
    const sync = index(many);
    const async = new SourceIndex({ chunkSize: 5 });
    await async.addDocumentsAsync(many);
    assert.equal(async.passageCount, sync.passageCount);
    assert.deepEqual(
      async.search('rain units').map((h) => h.passage.id),
      sync.search('rain units').map((h) => h.passage.id),
    );
  });

  it('stops when cancelled and stays consistent', async () => {
    const i = new SourceIndex({ chunkSize: 5 });
    const token = { isCancellationRequested: false };
    const building = i.addDocumentsAsync(many, token);
    token.isCancellationRequested = true;
    await assert.rejects(building, CancelledError);
    for (const d of i.documents()) assert.ok(i.passagesOf(d.id).length > 0);
    const found = new Set(i.search('report', { limit: 1000 }).map((h) => h.document.id));
    assert.deepEqual(found, new Set([...i.documents()].map((d) => d.id)));
  });

  it('keeps changes made while an asynchronous build runs', async () => {
    const i = new SourceIndex({ chunkSize: 5 });
    let done = false;
    const building = i.addDocumentsAsync(many).then(() => (done = true));
    // One change at every turn of the event loop, so that some land in each phase of the build.
    let extra = 0;
    while (!done) {
      i.addDocuments([doc(`extra${extra++}.txt`, 'Rivers flooded two towns.')]);
      await new Promise((resolve) => setImmediate(resolve));
    }
    await building;
    assert.ok(extra > 3);
    assert.equal(i.documentCount, many.length + extra);
    assert.equal(i.search('rivers', { limit: 1000 }).length, extra);
  });

  it('saves and restores itself through a snapshot, also one of plain arrays (as JSON would give)', () => {
    const i = index([amnesty, budget, weather]);
    const plain = JSON.parse(JSON.stringify(i.snapshot(), (_key, value) => (ArrayBuffer.isView(value) ? Array.from(value as Int32Array) : value)));
    const restored = SourceIndex.restore(plain, [weather, budget, amnesty]);
    assert.equal(restored.passageCount, i.passageCount);
    assert.deepEqual(
      restored.search('amnesty prisoners').map((h) => [h.passage.id, h.score]),
      i.search('amnesty prisoners').map((h) => [h.passage.id, h.score]),
    );
    restored.removeDocument(amnesty.id);
    assert.deepEqual(restored.search('amnesty'), []);
  });

  it('refuses a snapshot of another tokenizer or of other documents', () => {
    const snapshot = index([amnesty, budget]).snapshot();
    assert.throws(() => SourceIndex.restore({ ...snapshot, options: 'terms-0' }, [amnesty, budget]), /tokenizer/);
    assert.throws(() => SourceIndex.restore(snapshot, [amnesty]), /documents/);
  });

  it('restores with other scoring options, which apply at search time', () => {
    const snapshot = index([amnesty, budget]).snapshot();
    const restored = SourceIndex.restore(snapshot, [amnesty, budget], { paragraphWeight: 0 });
    assert.deepEqual(
      restored.search('amnesty prisoners').map((h) => h.score),
      index([amnesty, budget], { paragraphWeight: 0 }).search('amnesty prisoners').map((h) => h.score),
    );
  });

  it('changes scoring options without re-indexing', () => {
    const i = index([amnesty, budget, weather]);
    const before = i.version;
    i.configure({ paragraphWeight: 0 });
    assert.ok(i.version > before);
    assert.deepEqual(
      i.search('north amnesty').map((h) => [h.passage.id, h.score]),
      index([amnesty, budget, weather], { paragraphWeight: 0 }).search('north amnesty').map((h) => [h.passage.id, h.score]),
    );
  });
});

describe('SourceIndex: merging, snapshots', () => {
  const corpus = Array.from({ length: 40 }, (_, k) =>
    doc(`n${k}.txt`, `Story ${k} about ${['rain', 'budget', 'election', 'prisoners'][k % 4]} in town ${k % 5}. Officials counted ${k * 7} votes.\n\nA later paragraph on ${k % 2 ? 'schools' : 'roads'}.`, {
      title: `Story ${k % 6}`,
    }),
  );
  const queries = ['rain town 3', 'budget officials votes', 'election prisoners story 2', 'later paragraph schools', '77 votes'];
  const results = (i: SourceIndex) => queries.map((q) => i.search(q, { limit: 100 }).map((h) => `${h.passage.id} ${h.score.toFixed(9)} ${h.terms.join(',')}`));

  it('restores in slices (restoreAsync) what restore gives at once, and stops when cancelled', async () => {
    const built = new SourceIndex({ mergeAt: 7 });
    built.addDocuments(corpus.slice(0, 30));
    built.removeDocument('n3.txt');
    built.addDocuments(corpus.slice(30));
    const snapshot = built.snapshot();
    const documents = [...built.documents()];
    const atOnce = SourceIndex.restore(snapshot, documents);
    const sliced = await SourceIndex.restoreAsync(snapshot, documents);
    assert.deepEqual(results(sliced), results(atOnce));
    assert.deepEqual(results(sliced), results(built));
    assert.deepEqual(sliced.snapshot(), atOnce.snapshot());
    await assert.rejects(SourceIndex.restoreAsync(snapshot, documents, {}, { isCancellationRequested: true }), CancelledError);
    const bytes = Uint8Array.from(snapshot.postingBytes);
    bytes[bytes.length - 1] |= 0x80;
    await assert.rejects(SourceIndex.restoreAsync({ ...snapshot, postingBytes: bytes }, documents), /damaged/);
  });

  it('gives the same results after many updates, merged or not, as a fresh build of the final documents', () => {
    for (const mergeAt of [1, 7, 1_000_000]) {
      const live = new SourceIndex({ mergeAt });
      live.addDocuments(corpus.slice(0, 20));
      for (const d of corpus.slice(20)) live.addDocuments([d]);
      for (let k = 0; k < 40; k += 3) live.removeDocument(`n${k}.txt`);
      for (let k = 0; k < 40; k += 6) live.replaceDocument(corpus[k]);
      live.replaceDocument(doc('n1.txt', 'Rain fell on the budget.'));
      const final = [...live.documents()].map((d) => d.id).sort();
      const fresh = index(final.map((id) => live.document(id)!));
      assert.equal(live.passageCount, fresh.passageCount, `mergeAt ${mergeAt}`);
      assert.deepEqual(results(live), results(fresh), `mergeAt ${mergeAt}`);
      for (const id of final) assert.deepEqual(live.passagesOf(id).map((p) => p.span), fresh.passagesOf(id).map((p) => p.span));
      assert.equal(live.documentFrequency('rain'), fresh.documentFrequency('rain'));
    }
  });

  it('restores from a structured clone of its snapshot, and keeps working after updates', () => {
    const i = index(corpus);
    i.removeDocument('n3.txt');
    const restored = SourceIndex.restore(structuredClone(i.snapshot()), [...i.documents()]);
    assert.deepEqual(results(restored), results(i));
    assert.equal(restored.passage('n4.txt#1')?.span.start, i.passage('n4.txt#1')?.span.start);
    restored.replaceDocument(doc('n4.txt', 'Snow closed the airport.'));
    i.replaceDocument(doc('n4.txt', 'Snow closed the airport.'));
    assert.deepEqual(results(restored), results(i));
    assert.deepEqual(texts(restored.search('airport')), ['Snow closed the airport.']);
  });

  it('indexes updates after a restore of a large vocabulary as a fresh build does (repeated terms counted once per sentence)', () => {
    // More terms than the indexer's initial per-term scratch (1,024), then a document repeating some of the last.
    const words = Array.from({ length: 1500 }, (_, k) => `zq${k.toString(36)}x`);
    const big = doc('big.txt', words.map((w) => `${w} ${w}.`).join(' '));
    const i = index([big, amnesty]);
    const restored = SourceIndex.restore(i.snapshot(), [big, amnesty]);
    const repeat = doc('repeat.txt', `${words[1400]} ${words[1400]} ${words[1499]}. ${words[1400]} again, ${words[1400]}.`);
    restored.addDocuments([repeat]);
    const fresh = index([big, amnesty, repeat]);
    const query = `${words[1400]} ${words[1499]}`;
    assert.deepEqual(
      restored.search(query).map((h) => [h.passage.id, h.score]),
      fresh.search(query).map((h) => [h.passage.id, h.score]),
    );
    assert.equal(restored.documentFrequency(words[1400]), 3);
  });

  it('refuses a damaged snapshot', () => {
    const merged = new SourceIndex({ mergeAt: 1 });
    merged.addDocuments(corpus.slice(0, 5));
    const snapshot = merged.snapshot();
    const documents = corpus.slice(0, 5);
    assert.ok(snapshot.postingBytes.length > 0);
    assert.throws(() => SourceIndex.restore({ ...snapshot, postingBytes: snapshot.postingBytes.slice(1) }, documents), /damaged/);
    assert.throws(() => SourceIndex.restore({ ...snapshot, sentenceLength: snapshot.sentenceLength.slice(1) }, documents), /damaged/);
    const unmerged = index(corpus.slice(0, 5)).snapshot();
    assert.throws(() => SourceIndex.restore({ ...unmerged, deltaTfs: unmerged.deltaTfs.slice(2) }, documents), /damaged/);
    assert.throws(() => SourceIndex.restore({ ...snapshot, formatVersion: 1 as 3 }, documents), /Not a Claimcheck/);
    // Compressed postings that do not decode: a number left open at the end of a row, a row that overruns.
    const bytes = Uint8Array.from(snapshot.postingBytes);
    bytes[bytes.length - 1] |= 0x80;
    assert.throws(() => SourceIndex.restore({ ...snapshot, postingBytes: bytes }, documents), /damaged/);
    const count = Uint8Array.from(snapshot.postingBytes);
    count[0] = 0x7f;
    assert.throws(() => SourceIndex.restore({ ...snapshot, postingBytes: count }, documents), /damaged/);
    // A first gap of 0: the row would name sentence -1.
    const negative = Uint8Array.from(snapshot.postingBytes);
    assert.ok(negative[0] < 0x80 && negative[1] < 0x80 && negative[1] >= 2, 'a one-byte count and first code');
    negative[1] &= 1;
    assert.throws(() => SourceIndex.restore({ ...snapshot, postingBytes: negative }, documents), /damaged/);
    assert.throws(() => SourceIndex.restore(snapshot, [...documents.slice(1), doc('n0.txt', 'Short.')]), /text of its documents/);
  });

  it('answers searches between the chunks of an asynchronous build, and reports progress', async () => {
    const i = new SourceIndex({ chunkSize: 4 });
    const progress: number[] = [];
    let seen = 0;
    const building = i.addDocumentsAsync(corpus, undefined, (done) => progress.push(done));
    while (progress.length === 0 || progress[progress.length - 1] < corpus.length) {
      seen = Math.max(seen, i.search('officials', { limit: 1000 }).length);
      await new Promise((resolve) => setImmediate(resolve));
    }
    await building;
    assert.ok(progress.length > 3 && progress[progress.length - 1] === corpus.length);
    assert.ok(seen > 0 && seen <= corpus.length);
    assert.equal(i.search('officials', { limit: 1000 }).length, corpus.length);
  });
});
