/**
 * What a document knows about its passages besides their text: the PDF page, the Word paragraph, the speaker
 * and time of a transcript turn, and the document's date. Loaders fill `SourceDocument.meta`; this module reads
 * it (for evidence labels, hovers and the attribution check) and checks it when it comes back from a cache.
 */
import type { DocumentMeta, Passage, Position, SourceDocument, Speaker, TextSegment } from '../types';
import { formatDate, isSourceDate } from './dates';

/** The segment that holds a text offset (the last one starting at or before it), or undefined. */
export function segmentAt(document: SourceDocument, offset: number): TextSegment | undefined {
  const segments = document.meta?.segments;
  if (!segments?.length) return undefined;
  let lo = 0;
  let hi = segments.length - 1;
  if (offset < segments[0].start) return undefined;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (segments[mid].start <= offset) lo = mid;
    else hi = mid - 1;
  }
  const s = segments[lo];
  return offset < s.end ? s : undefined;
}

/** The speaker of a transcript label, with the name and role the header gives. */
export function speakerOf(document: SourceDocument, label: string | undefined): Speaker | undefined {
  if (!label) return undefined;
  return document.meta?.speakers?.find((s) => s.label === label) ?? { label };
}

/**
 * A speaker as a reader would name them: the header's full name, else the label in title case ("PARK" → "Park"), or
 * as written when it is initials ("AH").
 */
export function speakerName(speaker: Speaker): string {
  // (A name the header gives in capitals is shown as a name: "Her Honour Judge Rosalind Fairweather".)
  const name = speaker.name ?? speaker.label;
  // (Initials the header does not spell out stay initials: "AH", not "Ah".)
  if (!speaker.name && /^\p{Lu}{2,3}$/u.test(name)) return name;
  return /\p{Ll}/u.test(name) ? name : name.toLowerCase().replace(/(^|[\s\-'’.])(\p{L})/gu, (_m, sep: string, c: string) => sep + c.toUpperCase());
}

export interface PassagePlace {
  /** PDF page. */
  page?: number;
  /** Word or web-archive paragraph. */
  paragraph?: number;
  speaker?: Speaker;
  time?: string;
}

/** Page, paragraph, speaker and time of the passage starting at a text offset. */
export function placeAt(document: SourceDocument, offset: number): PassagePlace {
  const segment = segmentAt(document, offset);
  if (!segment) return {};
  return {
    ...(segment.page !== undefined ? { page: segment.page } : {}),
    ...(segment.paragraph !== undefined ? { paragraph: segment.paragraph } : {}),
    ...(segment.speaker !== undefined ? { speaker: speakerOf(document, segment.speaker) } : {}),
    ...(segment.time !== undefined ? { time: segment.time } : {}),
  };
}

export function passagePlace(document: SourceDocument, passage: Passage): PassagePlace {
  return placeAt(document, passage.span.start);
}

/**
 * Where a passage is, for messages and evidence: `sources/report.pdf p. 12`, `sources/release.docx ¶ 4`,
 * `sources/interview.vtt:41`, `sources/notes.txt:5`. `name` is the document's name as the caller shows it.
 */
export function locationLabel(document: SourceDocument, start: Position, textOffset: number, name: string = document.id): string {
  const place = placeAt(document, textOffset);
  if (place.page !== undefined) return `${name} p. ${place.page}`;
  if (place.paragraph !== undefined) return `${name} ¶ ${place.paragraph}`;
  return `${name}:${start.line + 1}`;
}

/** Speaker and time of a transcript passage as a short phrase: `Park, 00:12:03`; '' when neither is known. */
export function speechLabel(place: PassagePlace): string {
  return [place.speaker ? speakerName(place.speaker) : '', place.time ?? ''].filter(Boolean).join(', ');
}

/** `dated Tuesday 12 March 2024 (PDF metadata)`, or ''. */
export function dateLabel(document: SourceDocument): string {
  const date = document.meta?.date;
  return date ? `${formatDate(date.date)} (${date.from})` : '';
}

// ---------------------------------------------------------------------------------------------------------
// Cache

const MAX_SEGMENTS = 5_000_000;

/**
 * The `meta` of a document read back from the index cache, checked field by field (a cache is untrusted: a bad
 * field is dropped, never trusted). Segments must be in order and inside the text.
 */
export function restoreMeta(value: unknown, textLength: number): DocumentMeta | undefined {
  if (!value || typeof value !== 'object') return undefined;
  const v = value as Record<string, unknown>;
  const meta: DocumentMeta = {};
  if (isSourceDate(v.date)) meta.date = { date: v.date.date, from: v.date.from };
  if (typeof v.pages === 'number' && Number.isInteger(v.pages) && v.pages >= 0) meta.pages = v.pages;
  if (v.extracted === true) meta.extracted = true;
  if (Array.isArray(v.speakers)) {
    const speakers: Speaker[] = [];
    for (const s of v.speakers as unknown[]) {
      if (!s || typeof s !== 'object' || typeof (s as Speaker).label !== 'string') continue;
      const { label, name, role, body } = s as Speaker;
      speakers.push({ label, ...(typeof name === 'string' ? { name } : {}), ...(typeof role === 'string' ? { role } : {}), ...(typeof body === 'string' ? { body } : {}) });
    }
    meta.speakers = speakers;
  }
  if (Array.isArray(v.segments) && v.segments.length <= MAX_SEGMENTS) {
    const segments: TextSegment[] = [];
    let last = 0;
    for (const s of v.segments as unknown[]) {
      if (!s || typeof s !== 'object') return { ...meta };
      const t = s as TextSegment;
      if (!Number.isInteger(t.start) || !Number.isInteger(t.end) || t.start < last || t.end < t.start || t.end > textLength) return { ...meta };
      last = t.end;
      const segment: TextSegment = { start: t.start, end: t.end };
      if (Number.isInteger(t.page)) segment.page = t.page;
      if (Number.isInteger(t.paragraph)) segment.paragraph = t.paragraph;
      if (typeof t.speaker === 'string') segment.speaker = t.speaker;
      if (typeof t.time === 'string') segment.time = t.time;
      segments.push(segment);
    }
    meta.segments = segments;
  }
  return meta;
}
