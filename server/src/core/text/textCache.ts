/**
 * A least-recently-used cache keyed by text, bounded both by its number of entries and by the characters of its
 * keys (an entry keeps a few times its key's text in memory, and while a writer types in a long paragraph every
 * burst adds a new version of it: a bound by count alone would let thousands of versions of a long text pile up).
 */
export class TextCache<V> {
  private readonly entries = new Map<string, V>();
  private chars = 0;

  constructor(
    /** At most this many entries... */
    readonly maxEntries: number,
    /** ...whose keys hold at most this many characters in all; a longer key is never kept. */
    readonly maxChars: number,
  ) {}

  /** The value kept for `key`, which becomes the most recently used. */
  get(key: string): V | undefined {
    const hit = this.entries.get(key);
    if (hit !== undefined) {
      this.entries.delete(key);
      this.entries.set(key, hit);
    }
    return hit;
  }

  /** Keeps `value` for `key` (unless the key alone is over the bound), dropping the least recently used entries. */
  set(key: string, value: V): void {
    if (key.length > this.maxChars) return;
    if (this.entries.has(key)) {
      this.entries.delete(key);
      this.chars -= key.length;
    }
    this.entries.set(key, value);
    this.chars += key.length;
    while (this.entries.size > this.maxEntries || this.chars > this.maxChars) {
      const oldest = this.entries.keys().next().value!;
      this.entries.delete(oldest);
      this.chars -= oldest.length;
    }
  }

  /** How many entries, and how many characters of keys, the cache holds now. */
  get size(): { entries: number; chars: number } {
    return { entries: this.entries.size, chars: this.chars };
  }

  clear(): void {
    this.entries.clear();
    this.chars = 0;
  }
}
