/**
 * Extracted text with a map back to where each piece came from. Loaders and the draft parser build the prose
 * they analyse piece by piece (a text node, a decoded entity, an inserted paragraph break) and keep, for each
 * piece, its offset in the original file, so that any offset in the prose maps back to the file.
 */

interface Segment {
  /** Offset of the piece in the built text. */
  textStart: number;
  /** Length of the piece in the built text. */
  textLength: number;
  /** Offset of the piece in the original; -1 for inserted text (separators). */
  sourceStart: number;
  /** Length of the piece in the original (differs from textLength for decoded entities). */
  sourceLength: number;
}

export class OffsetMap {
  /**
   * Sorted by textStart, non-overlapping: per segment, textStart, textLength, sourceStart, sourceLength (packed:
   * a source's documents may have thousands of segments, kept for as long as the index).
   */
  private readonly data: Int32Array;
  /** This map's segments are `data[from…from + 4 n)` (the maps of one file's documents may share one array). */
  private readonly from: number;
  private readonly n: number;

  constructor(segments: readonly Segment[] | Int32Array, from = 0, count?: number) {
    if (segments instanceof Int32Array) this.data = segments;
    else {
      this.data = new Int32Array(4 * segments.length);
      segments.forEach((s, i) => this.data.set([s.textStart, s.textLength, s.sourceStart, s.sourceLength], 4 * i));
    }
    this.from = from;
    this.n = count ?? (this.data.length - from) >> 2;
  }

  /** The segments as numbers (textStart, textLength, sourceStart, sourceLength per segment), for saving. */
  toArray(): Int32Array {
    return this.data.slice(this.from, this.from + 4 * this.n);
  }

  /**
   * Maps `toArray` saved, in one array: each map reads its own part of it (a typed array per map costs about
   * 200 bytes besides its numbers; a JSONL file has a map for each of its thousand records).
   */
  static fromArrays(arrays: readonly ArrayLike<number>[]): OffsetMap[] {
    let total = 0;
    for (const a of arrays) total += a.length - (a.length % 4);
    const data = new Int32Array(total);
    let at = 0;
    return arrays.map((a) => {
      const length = a.length - (a.length % 4);
      for (let i = 0; i < length; i++) data[at + i] = a[i];
      const map = new OffsetMap(data, at, length >> 2);
      at += length;
      return map;
    });
  }

  /** The map `toArray` saved. */
  static fromArray(data: ArrayLike<number>): OffsetMap {
    return new OffsetMap(Int32Array.from({ length: data.length - (data.length % 4) }, (_, i) => data[i]));
  }

  /** The identity map, for text taken from the file as it is. */
  static identity(length: number): OffsetMap {
    return new OffsetMap([{ textStart: 0, textLength: length, sourceStart: 0, sourceLength: length }]);
  }

  /**
   * Maps an offset in the built text to an offset in the original. Inside a verbatim piece the mapping is exact;
   * inside a decoded piece (an entity) it maps to the piece's start, or its end for the piece's end offset;
   * inside inserted text it maps to the end of the previous piece.
   */
  toSource(offset: number): number {
    const d = this.data;
    const b = this.from;
    const n = this.n;
    if (n === 0) return 0;
    let lo = 0;
    let hi = n - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (d[b + 4 * mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    const textStart = d[b + 4 * lo];
    const textLength = d[b + 4 * lo + 1];
    const sourceStart = d[b + 4 * lo + 2];
    const sourceLength = d[b + 4 * lo + 3];
    if (offset < textStart) return Math.max(0, sourceStart);
    // Inserted text maps to the end of the nearest real piece before it (or the start of the next one).
    if (sourceStart < 0) {
      let i = lo - 1;
      while (i >= 0 && d[b + 4 * i + 2] < 0) i--;
      if (i >= 0) return d[b + 4 * i + 2] + d[b + 4 * i + 3];
      i = lo + 1;
      while (i < n && d[b + 4 * i + 2] < 0) i++;
      return i < n ? d[b + 4 * i + 2] : 0;
    }
    const delta = offset - textStart;
    if (delta >= textLength) return sourceStart + sourceLength;
    if (textLength === sourceLength) return sourceStart + delta;
    return delta === 0 ? sourceStart : sourceStart + sourceLength;
  }

  /**
   * Like `toSource`, for the end of a range: an offset that ends one piece and starts the next maps to the end
   * of the piece before it (so a sentence's range stops before markup that follows it), and an offset inside a
   * decoded piece maps to the piece's end.
   */
  toSourceEnd(offset: number): number {
    const d = this.data;
    const b = this.from;
    const n = this.n;
    if (n === 0 || offset <= 0) return this.toSource(offset);
    // The last piece that starts before the offset (holds the character before it).
    let lo = 0;
    let hi = n - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (d[b + 4 * mid] < offset) lo = mid;
      else hi = mid - 1;
    }
    let i = lo;
    while (i >= 0 && d[b + 4 * i + 2] < 0) i--;
    if (i < 0) return this.toSource(offset);
    const sourceStart = d[b + 4 * i + 2];
    const sourceLength = d[b + 4 * i + 3];
    if (i !== lo) return sourceStart + sourceLength;
    const delta = offset - d[b + 4 * i];
    if (delta >= d[b + 4 * i + 1] || d[b + 4 * i + 1] !== sourceLength) return sourceStart + sourceLength;
    return sourceStart + delta;
  }
}

/** Builds a text and its OffsetMap piece by piece. */
export class TextBuilder {
  private readonly parts: string[] = [];
  private readonly segments: Segment[] = [];
  private length = 0;

  get textLength(): number {
    return this.length;
  }

  /** Appends text copied as it is from `sourceStart` in the original. */
  appendVerbatim(text: string, sourceStart: number): void {
    this.push(text, sourceStart, text.length);
  }

  /** Appends text that stands for `sourceLength` characters of the original at `sourceStart` (a decoded entity). */
  appendDecoded(text: string, sourceStart: number, sourceLength: number): void {
    this.push(text, sourceStart, sourceLength);
  }

  /** Appends text that is in no original (a paragraph break between blocks). */
  appendInserted(text: string): void {
    this.push(text, -1, 0);
  }

  /** The last character appended, or '' when empty. */
  lastChar(): string {
    const last = this.parts[this.parts.length - 1];
    return last ? last[last.length - 1] : '';
  }

  /** The text appended since offset `from` (cost proportional to it, not to the whole text). */
  textSince(from: number): string {
    const out: string[] = [];
    let end = this.length;
    for (let i = this.parts.length - 1; i >= 0 && end > from; i--) {
      const part = this.parts[i];
      const start = end - part.length;
      out.push(start >= from ? part : part.slice(from - start));
      end = start;
    }
    return out.reverse().join('');
  }

  build(): { text: string; map: OffsetMap } {
    return { text: this.parts.join(''), map: new OffsetMap(this.segments.slice()) };
  }

  private push(text: string, sourceStart: number, sourceLength: number): void {
    if (!text) return;
    const prev = this.segments[this.segments.length - 1];
    // Merge adjacent verbatim pieces that are contiguous in the original too.
    if (
      prev &&
      sourceStart >= 0 &&
      prev.sourceStart >= 0 &&
      prev.textLength === prev.sourceLength &&
      text.length === sourceLength &&
      prev.sourceStart + prev.sourceLength === sourceStart
    ) {
      prev.textLength += text.length;
      prev.sourceLength += sourceLength;
    } else {
      this.segments.push({ textStart: this.length, textLength: text.length, sourceStart, sourceLength });
    }
    this.parts.push(text);
    this.length += text.length;
  }
}
