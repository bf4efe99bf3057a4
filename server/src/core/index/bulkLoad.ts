/**
 * Builds a MiniSearch index in one pass, faster than `addAll`, and reads its term statistics.
 *
 * `MiniSearch.add` inserts every token occurrence into its radix tree, and each insertion walks the tree
 * scanning the children of every node. `BulkLoader` counts term frequencies in plain maps first and inserts each
 * distinct term once. The result is the index `addAll` would build (same short ids, term frequencies, field
 * lengths and average field lengths), so later `add`, `discard` and `search` calls behave the same.
 *
 * MiniSearch counts a field's length as its number of distinct tokens; the loader can count that only when
 * `tokenize` already yields the final terms, so it requires `processTerm` to be the identity (the source index
 * tokenizes with `terms()`).
 *
 * The document table goes through `MiniSearch.loadJS` (the public deserialisation entry point); the term
 * postings are handed over as the maps MiniSearch itself keeps, through its protected `_index`, which a
 * subclass may touch. Written against MiniSearch 7.2 (serialisation version 2).
 */
import MiniSearch, { type AsPlainObject, type Options } from 'minisearch';

/** `fields`, `idField`, `extractField` and `tokenize` must be given; terms are not processed; no stored fields. */
export type BulkLoadOptions<T> = Options<T> & Required<Pick<Options<T>, 'idField' | 'extractField' | 'tokenize'>>;

export class BulkLoader<T> {
  /** One map per field id: term → its postings, in increasing short id order. */
  private readonly postings: Map<string, Postings>[];
  private readonly documentIds: Record<number, unknown> = {};
  private readonly fieldLength: Record<number, number[]> = {};
  /** Running averages, updated as MiniSearch's `addFieldLength` does (it matters when a field is missing). */
  private readonly averageLength: number[];
  private readonly ids = new Set<unknown>();
  private count = 0;

  constructor(private readonly options: BulkLoadOptions<T>) {
    this.averageLength = options.fields.map(() => 0);
    this.postings = options.fields.map(() => new Map());
  }

  get documentCount(): number {
    return this.count;
  }

  add(item: T): void {
    const { fields, idField, extractField, tokenize } = this.options;
    const fieldTerms: (readonly string[] | undefined)[] = [];
    for (let fieldId = 0; fieldId < fields.length; fieldId++) {
      const value = extractField(item, fields[fieldId]);
      fieldTerms.push(value == null ? undefined : tokenize(String(value), fields[fieldId]));
    }
    this.addTerms(extractField(item, idField), fieldTerms);
  }

  /**
   * Adds an entry from its terms, one list per field in the order of `fields` (undefined for a missing field):
   * the terms `tokenize` would give for the field, which saves tokenizing text twice.
   */
  addTerms(id: unknown, fieldTerms: readonly (readonly string[] | undefined)[]): void {
    if (id == null) throw new Error(`MiniSearch: document does not have ID field "${this.options.idField}"`);
    if (this.ids.has(id)) throw new Error(`MiniSearch: duplicate ID ${id}`);
    this.ids.add(id);
    const shortId = this.count++;
    this.documentIds[shortId] = id;
    const lengths: number[] = [];
    for (let fieldId = 0; fieldId < this.postings.length; fieldId++) {
      const terms = fieldTerms[fieldId];
      if (!terms) continue;
      const postings = this.postings[fieldId];
      let distinct = 0;
      for (const term of terms) {
        const list = postings.get(term);
        if (!list) {
          postings.set(term, { last: shortId, ids: [shortId], frequencies: [1] });
          distinct++;
        } else if (list.last === shortId) {
          list.frequencies[list.frequencies.length - 1]++;
        } else {
          list.last = shortId;
          list.ids.push(shortId);
          list.frequencies.push(1);
          distinct++;
        }
      }
      lengths[fieldId] = distinct;
      this.averageLength[fieldId] = (this.averageLength[fieldId] * shortId + distinct) / (shortId + 1);
    }
    this.fieldLength[shortId] = lengths;
  }

  /** The MiniSearch index of everything added. The loader must not be used afterwards. */
  build(): MiniSearch<T> {
    const n = this.count;
    const plain: AsPlainObject = {
      documentCount: n,
      nextId: n,
      documentIds: this.documentIds,
      fieldIds: Object.fromEntries(this.options.fields.map((field, i) => [field, i])),
      fieldLength: this.fieldLength,
      averageFieldLength: this.averageLength,
      storedFields: {},
      dirtCount: 0,
      index: [],
      serializationVersion: 2,
    };
    const index = MiniSearch.loadJS<T>(plain, this.options);
    const merged = new Map<string, Map<number, Map<number, number>>>();
    this.postings.forEach((postings, fieldId) => {
      for (const [term, list] of postings) {
        let data = merged.get(term);
        if (!data) merged.set(term, (data = new Map()));
        const frequencies = new Map<number, number>();
        for (let i = 0; i < list.ids.length; i++) frequencies.set(list.ids[i], list.frequencies[i]);
        data.set(fieldId, frequencies);
      }
      postings.clear();
    });
    MiniSearchInternals.setTerms(index, merged);
    return index;
  }
}

interface Postings {
  /** The last short id added, to count repeated terms of one entry in place. */
  last: number;
  ids: number[];
  frequencies: number[];
}

/** The index `new MiniSearch(options).addAll(items)` builds, built faster. */
export function bulkLoad<T>(options: BulkLoadOptions<T>, items: Iterable<T>): MiniSearch<T> {
  const loader = new BulkLoader(options);
  for (const item of items) loader.add(item);
  return loader.build();
}

/** Number of live entries of `index` whose `field` holds `term` (its document frequency in that field). */
export function termFrequency(index: MiniSearch<any>, term: string, field: string): number {
  return MiniSearchInternals.frequency(index, term, field);
}

/** Access to MiniSearch's protected term index (hence a subclass; never instantiated). */
abstract class MiniSearchInternals extends MiniSearch {
  static setTerms(index: MiniSearch<any>, terms: Map<string, Map<number, Map<number, number>>>): void {
    const self = index as unknown as MiniSearchInternals;
    for (const [term, data] of terms) self._index.set(term, data);
  }

  static frequency(index: MiniSearch<any>, term: string, field: string): number {
    const self = index as unknown as MiniSearchInternals;
    const entries = self._index.get(term)?.get(self._fieldIds[field]);
    if (!entries) return 0;
    let count = 0;
    for (const shortId of entries.keys()) if (self._documentIds.has(shortId)) count++;
    return count;
  }
}
