/**
 * JSON Lines collections in the BEIR corpus layout: one record a line, `{"_id"|"id", "title"?, "text"}`. Each
 * record is one document whose id and key are the record id. The document text is the record's `text`, and its
 * offsets map to the exact characters inside the JSON line: an escape (`\n`, `\"`, `\u00e9`) maps to its raw
 * characters. Malformed lines are skipped with one warning per file. A record whose id an earlier record of the
 * file has is kept under a free id (`id#2`), with one warning per file: its key stays the record id.
 */
import { OffsetMap, TextBuilder } from '../text/offsetMap';
import type { SourceDocument, SourceWarning } from '../types';
import type { SourceLoader } from './loader';

export const jsonlLoader: SourceLoader = {
  format: 'jsonl',
  extensions: ['.jsonl', '.ndjson'],
  load({ file, content, lines, id: fileId }) {
    const documents: SourceDocument[] = [];
    const bad: number[] = [];
    const seen = new Set<string>();
    const duplicates: string[] = [];
    const filePosition = (o: number) => lines.positionAt(o);
    let lineNo = 0;
    let pos = 0;
    while (pos < content.length) {
      let nl = content.indexOf('\n', pos);
      if (nl < 0) nl = content.length;
      const lineStart = pos;
      let lineEnd = nl;
      if (lineEnd > lineStart && content.charCodeAt(lineEnd - 1) === 13) lineEnd--;
      pos = nl + 1;
      lineNo++;
      const line = content.slice(lineStart, lineEnd);
      if (!line.trim()) continue;
      const record = parseRecord(line);
      if (!record) {
        bad.push(lineNo);
        continue;
      }
      let id = record.id;
      if (seen.has(id)) {
        let n = 2;
        while (seen.has(`${record.id}#${n}`)) n++;
        id = `${record.id}#${n}`;
        duplicates.push(`"${record.id}" (line ${lineNo}) kept as "${id}"`);
      }
      seen.add(id);
      const map = record.map;
      const base = lineStart + record.textStart;
      documents.push({
        id,
        key: record.id,
        file,
        format: 'jsonl',
        ...(record.title ? { title: record.title } : {}),
        text: record.text,
        toFileOffset: map ? (o) => base + map.toSource(o) : (o) => base + Math.max(0, Math.min(o, record.text.length)),
        ...(map ? { toFileEnd: (o: number) => base + map.toSourceEnd(o) } : {}),
        filePosition,
        mapping: map ? { base, map, lines } : { base, clamp: true, lines },
      });
    }
    const warnings: SourceWarning[] = [];
    if (bad.length) {
      const shown = bad.slice(0, 5).join(', ') + (bad.length > 5 ? ', …' : '');
      warnings.push({
        file,
        code: 'malformed',
        message: `${fileId}: skipped ${bad.length} malformed line${bad.length === 1 ? '' : 's'} (line${bad.length === 1 ? '' : 's'} ${shown}); each line must be a JSON object with "_id" or "id" and a string "text".`,
      });
    }
    if (duplicates.length) {
      const shown = duplicates.slice(0, 3).join('; ') + (duplicates.length > 3 ? `; and ${duplicates.length - 3} more` : '');
      warnings.push({
        file,
        code: 'duplicate-id',
        message: `${fileId}: ${duplicates.length === 1 ? 'a record has' : `${duplicates.length} records have`} the id of an earlier record: ${shown}.`,
      });
    }
    return { documents, warnings };
  },
};

interface ParsedRecord {
  id: string;
  title?: string;
  text: string;
  /** Offset in the line of the first character inside the quotes of the `text` value. */
  textStart: number;
  /** Map from text offsets to offsets relative to textStart; undefined when the raw value has no escapes. */
  map?: OffsetMap;
}

/** Parses one line; undefined when it is not a record with an id and a string text. */
export function parseRecord(line: string): ParsedRecord | undefined {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    return undefined;
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  const obj = value as Record<string, unknown>;
  const rawId = obj._id ?? obj.id;
  if ((typeof rawId !== 'string' && typeof rawId !== 'number') || String(rawId) === '') return undefined;
  if (typeof obj.text !== 'string') return undefined;
  const located = findTopLevelString(line, 'text');
  if (!located) return undefined;
  const [start, end] = located;
  const raw = line.slice(start, end);
  let map: OffsetMap | undefined;
  if (raw.includes('\\')) {
    const built = unescapeWithMap(raw);
    if (built.text !== obj.text) return undefined;
    map = built.map;
  } else if (raw !== obj.text) return undefined;
  const title = typeof obj.title === 'string' && obj.title.trim() ? obj.title : undefined;
  return { id: String(rawId), ...(title ? { title } : {}), text: obj.text, textStart: start, map };
}

/**
 * Finds the raw extent (inside the quotes) of the string value of a top-level `key` in a valid JSON object
 * text. The last occurrence wins, as in JSON.parse.
 */
function findTopLevelString(json: string, key: string): [number, number] | undefined {
  let depth = 0;
  let found: [number, number] | undefined;
  let i = 0;
  let expectKey = false;
  while (i < json.length) {
    const c = json.charCodeAt(i);
    if (c === 0x22) {
      const end = stringEnd(json, i);
      if (depth === 1 && expectKey) {
        const name = JSON.parse(json.slice(i, end + 1)) as string;
        let j = end + 1;
        while (j < json.length && json.charCodeAt(j) !== 0x3a) j++;
        j++;
        while (j < json.length && /\s/.test(json[j])) j++;
        if (name === key && json.charCodeAt(j) === 0x22) {
          const valueEnd = stringEnd(json, j);
          found = [j + 1, valueEnd];
          i = valueEnd + 1;
        } else i = j;
        expectKey = false;
        continue;
      }
      i = end + 1;
      continue;
    }
    if (c === 0x7b || c === 0x5b) {
      depth++;
      expectKey = c === 0x7b && depth === 1;
    } else if (c === 0x7d || c === 0x5d) depth--;
    else if (c === 0x2c && depth === 1) expectKey = true;
    i++;
  }
  return found;
}

/** Index of the closing quote of the JSON string that opens at `open`. */
function stringEnd(json: string, open: number): number {
  let i = open + 1;
  for (;;) {
    const q = json.indexOf('"', i);
    if (q < 0) return json.length;
    let backslashes = 0;
    for (let k = q - 1; k > open && json.charCodeAt(k) === 0x5c; k--) backslashes++;
    if (backslashes % 2 === 0) return q;
    i = q + 1;
  }
}

const SIMPLE_ESCAPES: Record<string, string> = { '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };

/** Decodes the raw inside of a JSON string, mapping each escape to its raw characters. */
export function unescapeWithMap(raw: string): { text: string; map: OffsetMap } {
  const builder = new TextBuilder();
  let pos = 0;
  for (let i = raw.indexOf('\\'); i >= 0; i = raw.indexOf('\\', pos)) {
    if (i > pos) builder.appendVerbatim(raw.slice(pos, i), pos);
    const e = raw[i + 1];
    if (e === 'u') {
      builder.appendDecoded(String.fromCharCode(parseInt(raw.slice(i + 2, i + 6), 16)), i, 6);
      pos = i + 6;
    } else {
      builder.appendDecoded(SIMPLE_ESCAPES[e] ?? e ?? '', i, 2);
      pos = i + 2;
    }
  }
  if (pos < raw.length) builder.appendVerbatim(raw.slice(pos), pos);
  return builder.build();
}
