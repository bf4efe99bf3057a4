/**
 * Web archives (`.mhtml`, `.mht`): a saved web page as one MIME message (RFC 2557), as Chrome, Edge and Word
 * write it. The page's HTML part (the part the `start` parameter or `Snapshot-Content-Location` names, else the
 * first `text/html` part) is decoded from quoted-printable or base64 with its charset, then read like an HTML
 * source. The date is the page's own (`<meta>`, `<time>`), else the archive's `Date:` header (when it was saved).
 * Positions refer to the extracted text; evidence names the paragraph.
 */
import type { SourceDate, SourceWarning } from '../types';
import { htmlDate, parseDateText } from './dates';
import { extractedResult } from './extracted';
import { htmlToProse } from './html';
import type { LoaderInput, LoaderResult, SourceLoader } from './loader';

interface Part {
  headers: Map<string, string>;
  body: string;
}

/** Header fields of a MIME entity (unfolded, names lower-cased), and where its body starts. */
function parseHeaders(text: string, from: number): { headers: Map<string, string>; bodyStart: number } {
  const headers = new Map<string, string>();
  const end = text.slice(from).search(/\r?\n\r?\n/);
  const block = end < 0 ? text.slice(from) : text.slice(from, from + end);
  const bodyStart = end < 0 ? text.length : from + end + (text.slice(from + end).match(/^\r?\n\r?\n/)![0].length);
  for (const line of block.replace(/\r?\n[ \t]+/g, ' ').split(/\r?\n/)) {
    const colon = line.indexOf(':');
    if (colon > 0) {
      const name = line.slice(0, colon).trim().toLowerCase();
      if (!headers.has(name)) headers.set(name, line.slice(colon + 1).trim());
    }
  }
  return { headers, bodyStart };
}

function parameter(value: string | undefined, name: string): string | undefined {
  if (!value) return undefined;
  const m = new RegExp(`(?:^|;)\\s*${name}\\s*=\\s*(?:"([^"]*)"|([^;\\s]+))`, 'i').exec(value);
  return m ? (m[1] ?? m[2]) : undefined;
}

/** The parts of a multipart body (a binary string), or the message itself when it is not multipart. */
function parts(text: string): { top: Map<string, string>; parts: Part[] } {
  const { headers: top, bodyStart } = parseHeaders(text, 0);
  const boundary = parameter(top.get('content-type'), 'boundary');
  if (!boundary) return { top, parts: [{ headers: top, body: text.slice(bodyStart) }] };
  const out: Part[] = [];
  const delimiter = `--${boundary}`;
  let at = text.indexOf(delimiter, bodyStart);
  while (at >= 0 && out.length < 10_000) {
    const after = at + delimiter.length;
    if (text.startsWith('--', after)) break;
    const next = text.indexOf(delimiter, after);
    const chunk = text.slice(text.indexOf('\n', after) + 1, next < 0 ? text.length : next);
    const { headers, bodyStart: b } = parseHeaders(chunk, 0);
    out.push({ headers, body: chunk.slice(b).replace(/\r?\n$/, '') });
    at = next;
  }
  return { top, parts: out };
}

function decodeQuotedPrintable(body: string): Uint8Array {
  const soft = body.replace(/=\r?\n/g, '');
  const out = new Uint8Array(soft.length);
  let n = 0;
  for (let i = 0; i < soft.length; i++) {
    const c = soft.charCodeAt(i);
    if (c === 0x3d && /^[0-9A-Fa-f]{2}$/.test(soft.slice(i + 1, i + 3))) {
      out[n++] = parseInt(soft.slice(i + 1, i + 3), 16);
      i += 2;
    } else out[n++] = c & 0xff;
  }
  return out.subarray(0, n);
}

function decodeBase64(body: string): Uint8Array {
  const clean = body.replace(/[^A-Za-z0-9+/]/g, '');
  const bin = atob(clean.slice(0, clean.length - (clean.length % 4)));
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}

function binaryString(bytes: Uint8Array): string {
  let s = '';
  for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return s;
}

/** The HTML of a web archive and the archive's own date. Throws when there is no HTML part. */
export function mhtmlToHtml(bytes: Uint8Array): { html: string; saved?: string; subject?: string } {
  const text = binaryString(bytes);
  const { top, parts: list } = parts(text);
  if (!top.has('content-type') && !/^mime-version:/im.test(text.slice(0, 2000))) throw new Error('not a web archive (no MIME headers)');
  const start = parameter(top.get('content-type'), 'start')?.replace(/^<|>$/g, '');
  const location = top.get('snapshot-content-location');
  const isHtml = (p: Part) => /^text\/html\b/i.test(p.headers.get('content-type') ?? '');
  const main =
    list.find((p) => start && p.headers.get('content-id')?.replace(/^<|>$/g, '') === start) ??
    list.find((p) => isHtml(p) && location && p.headers.get('content-location') === location) ??
    list.find(isHtml);
  if (!main) throw new Error('the web archive holds no HTML page');
  const encoding = (main.headers.get('content-transfer-encoding') ?? '7bit').toLowerCase();
  const body = encoding === 'quoted-printable' ? decodeQuotedPrintable(main.body) : encoding === 'base64' ? decodeBase64(main.body) : Uint8Array.from(main.body, (c) => c.charCodeAt(0) & 0xff);
  const charset = parameter(main.headers.get('content-type'), 'charset') ?? 'utf-8';
  let decoder: InstanceType<typeof TextDecoder>;
  try {
    decoder = new TextDecoder(charset);
  } catch {
    decoder = new TextDecoder('utf-8');
  }
  const saved = top.get('date');
  const subject = top.get('subject');
  return { html: decoder.decode(body), ...(saved ? { saved } : {}), ...(subject ? { subject: decodeWords(subject) } : {}) };
}

/** RFC 2047 encoded words in a header (`=?utf-8?Q?…?=`, `=?utf-8?B?…?=`). */
function decodeWords(value: string): string {
  return value.replace(/=\?([^?]+)\?([QqBb])\?([^?]*)\?=/g, (m, charset: string, kind: string, data: string) => {
    try {
      const bytes = kind.toUpperCase() === 'B' ? decodeBase64(data) : decodeQuotedPrintable(data.replace(/_/g, ' '));
      return new TextDecoder(charset).decode(bytes);
    } catch {
      return m;
    }
  });
}

export const mhtmlLoader: SourceLoader = {
  format: 'mhtml',
  extensions: ['.mhtml', '.mht'],
  readsBytes: true,
  load(input: LoaderInput): LoaderResult {
    const { id, file, bytes } = input;
    const warn = (code: SourceWarning['code'], message: string): LoaderResult => ({ documents: [], warnings: [{ file, code, message: `${id}: ${message}` }] });
    let archive: ReturnType<typeof mhtmlToHtml>;
    try {
      archive = mhtmlToHtml(bytes);
    } catch (error) {
      return warn('malformed', `skipped, ${(error as Error)?.message ?? String(error)}.`);
    }
    const prose = htmlToProse(archive.html);
    if (!/\p{L}/u.test(prose.text)) return warn('no-text', 'skipped, the archived page has no text.');
    const savedDate = archive.saved ? parseDateText(archive.saved) : undefined;
    const date: SourceDate | undefined = htmlDate(archive.html) ?? (savedDate ? { date: savedDate, from: 'archive header' } : undefined);
    const title = prose.title ?? archive.subject;
    return extractedResult(input, 'mhtml', { text: prose.text, ...(title ? { title } : {}) }, 'Text extracted from this web archive by Claimcheck (read-only).', date);
  },
};
