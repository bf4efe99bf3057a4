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
  /** Sorted by textStart, non-overlapping. */
  private readonly segments: readonly Segment[];

  constructor(segments: readonly Segment[]) {
    this.segments = segments;
  }

  /** The segments as numbers (textStart, textLength, sourceStart, sourceLength per segment), for saving. */
  toArray(): Int32Array {
    const out = new Int32Array(4 * this.segments.length);
    this.segments.forEach((s, i) => out.set([s.textStart, s.textLength, s.sourceStart, s.sourceLength], 4 * i));
    return out;
  }

  /** The map `toArray` saved. */
  static fromArray(data: ArrayLike<number>): OffsetMap {
    const segments: Segment[] = [];
    for (let i = 0; i + 3 < data.length; i += 4) segments.push({ textStart: data[i], textLength: data[i + 1], sourceStart: data[i + 2], sourceLength: data[i + 3] });
    return new OffsetMap(segments);
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
    const segs = this.segments;
    if (segs.length === 0) return 0;
    let lo = 0;
    let hi = segs.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (segs[mid].textStart <= offset) lo = mid;
      else hi = mid - 1;
    }
    let seg = segs[lo];
    if (offset < seg.textStart) return Math.max(0, seg.sourceStart);
    // Inserted text maps to the end of the nearest real piece before it (or the start of the next one).
    if (seg.sourceStart < 0) {
      let i = lo - 1;
      while (i >= 0 && segs[i].sourceStart < 0) i--;
      if (i >= 0) return segs[i].sourceStart + segs[i].sourceLength;
      i = lo + 1;
      while (i < segs.length && segs[i].sourceStart < 0) i++;
      return i < segs.length ? segs[i].sourceStart : 0;
    }
    const delta = offset - seg.textStart;
    if (delta >= seg.textLength) return seg.sourceStart + seg.sourceLength;
    if (seg.textLength === seg.sourceLength) return seg.sourceStart + delta;
    return delta === 0 ? seg.sourceStart : seg.sourceStart + seg.sourceLength;
  }

  /**
   * Like `toSource`, for the end of a range: an offset that ends one piece and starts the next maps to the end
   * of the piece before it (so a sentence's range stops before markup that follows it), and an offset inside a
   * decoded piece maps to the piece's end.
   */
  toSourceEnd(offset: number): number {
    const segs = this.segments;
    if (segs.length === 0 || offset <= 0) return this.toSource(offset);
    // The last piece that starts before the offset (holds the character before it).
    let lo = 0;
    let hi = segs.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (segs[mid].textStart < offset) lo = mid;
      else hi = mid - 1;
    }
    let i = lo;
    while (i >= 0 && segs[i].sourceStart < 0) i--;
    if (i < 0) return this.toSource(offset);
    const seg = segs[i];
    if (i !== lo) return seg.sourceStart + seg.sourceLength;
    const delta = offset - seg.textStart;
    if (delta >= seg.textLength || seg.textLength !== seg.sourceLength) return seg.sourceStart + seg.sourceLength;
    return seg.sourceStart + delta;
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
