/**
 * Word documents (`.docx`), read with mammoth: it turns the document body into clean HTML (headings,
 * paragraphs, lists, tables), keeps tracked insertions, and leaves out tracked deletions (`w:del`, `w:moveFrom`)
 * and comments, which are not part of the text. That HTML goes through the HTML loader's prose extraction, so a
 * table row is one paragraph with its cells joined by " | ". Footnote markers and back-links are dropped; the
 * footnotes themselves are kept, after the body, as Word shows them.
 *
 * The date and title come from the document properties (`docProps/core.xml`: `dcterms:created`, `dc:title`).
 * Positions refer to the extracted text; evidence names the paragraph ("release.docx ¶ 4").
 */
import JSZip from 'jszip';
import mammoth from 'mammoth';
import type { SourceDate, SourceWarning } from '../types';
import { parseDateText } from './dates';
import { extractedResult } from './extracted';
import { htmlToProse } from './html';
import type { LoaderInput, LoaderResult, SourceLoader } from './loader';

/** Most a Word document may inflate to (all its parts): far beyond any real press release or report. */
const MAX_INFLATED = 200_000_000;

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function startsWith(bytes: Uint8Array, magic: number[]): boolean {
  return magic.every((b, i) => bytes[i] === b);
}

/** Whether an OLE compound file holds an encrypted Office package (its stream names are UTF-16). */
function isEncryptedPackage(bytes: Uint8Array): boolean {
  const needle = 'EncryptedPackage';
  const head = bytes.subarray(0, Math.min(bytes.length, 1 << 20));
  outer: for (let i = 0; i + 2 * needle.length <= head.length; i++) {
    for (let k = 0; k < needle.length; k++) if (head[i + 2 * k] !== needle.charCodeAt(k) || head[i + 2 * k + 1] !== 0) continue outer;
    return true;
  }
  return false;
}

/** Title and date from `docProps/core.xml`. */
async function coreProperties(zip: JSZip): Promise<{ title?: string; date?: SourceDate }> {
  const file = zip.file('docProps/core.xml');
  if (!file) return {};
  const xml = (await file.async('string')).slice(0, 100_000);
  const field = (name: string) => {
    const m = new RegExp(`<${name}(?:\\s[^>]*)?>([^<]*)</${name}>`).exec(xml);
    return m ? decodeXml(m[1]).trim() : undefined;
  };
  const raw = field('dcterms:created') ?? field('dcterms:modified');
  const date = raw ? parseDateText(raw) : undefined;
  const title = field('dc:title');
  return { ...(title ? { title: title.slice(0, 200) } : {}), ...(date ? { date: { date, from: 'document properties' } } : {}) };
}

function decodeXml(s: string): string {
  return s.replace(/&(lt|gt|amp|quot|apos|#\d+|#x[0-9a-fA-F]+);/g, (m, e: string) => {
    if (e === 'lt') return '<';
    if (e === 'gt') return '>';
    if (e === 'amp') return '&';
    if (e === 'quot') return '"';
    if (e === 'apos') return "'";
    const n = e.startsWith('#x') ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
    return n > 0 && n <= 0x10ffff ? String.fromCodePoint(n) : m;
  });
}

/** mammoth's footnote markers (`<sup><a href="#footnote-1" …>[1]</a></sup>`) and back-links (`↑`). */
const NOTE_MARKERS = /<sup><a href="#(?:foot|end)note-\d+" id="(?:foot|end)note-ref-\d+">\[\d+\]<\/a><\/sup>|\s*<a href="#(?:foot|end)note-ref-\d+">↑<\/a>/g;

export const docxLoader: SourceLoader = {
  format: 'docx',
  extensions: ['.docx'],
  readsBytes: true,
  async load(input: LoaderInput): Promise<LoaderResult> {
    const { id, file, bytes } = input;
    const warn = (code: SourceWarning['code'], message: string): LoaderResult => ({ documents: [], warnings: [{ file, code, message: `${id}: ${message}` }] });
    if (!startsWith(bytes, ZIP)) {
      if (startsWith(bytes, OLE)) {
        return isEncryptedPackage(bytes)
          ? warn('encrypted', 'skipped, the Word document is password-protected. Save a copy without a password to check against it.')
          : warn('malformed', 'skipped, this is an old Word 97–2003 document (.doc) with a .docx name. Save it as .docx.');
      }
      return warn('malformed', 'skipped, not a Word document: a .docx file is a zip archive, and this one is not.');
    }
    let zip: JSZip;
    try {
      zip = await JSZip.loadAsync(bytes);
    } catch (error) {
      return warn('malformed', `skipped, the Word document is damaged (${(error as Error)?.message ?? String(error)}).`);
    }
    if (!zip.file('word/document.xml')) return warn('malformed', 'skipped, a zip archive but not a Word document (no word/document.xml).');
    // A zip bomb must not fill the server's memory: the parts mammoth reads, by their size once inflated.
    const inflated = Object.values(zip.files).reduce((sum, entry) => sum + ((entry as unknown as { _data?: { uncompressedSize?: number } })._data?.uncompressedSize ?? 0), 0);
    if (inflated > MAX_INFLATED) return warn('too-large', `skipped, the Word document expands to ${Math.round(inflated / 1e6)} MB (more than ${MAX_INFLATED / 1e6} MB).`);
    let html: string;
    try {
      const result = await mammoth.convertToHtml({ buffer: bytes as unknown as Buffer }, { ignoreEmptyParagraphs: true });
      html = result.value;
    } catch (error) {
      return warn('malformed', `skipped, the Word document could not be read (${(error as Error)?.message ?? String(error)}).`);
    }
    // A table cell's paragraphs are one cell: a row reads "Funding source | Amount".
    const cells = html.replace(/<(t[dh])((?:\s[^>]*)?)>([\s\S]*?)<\/\1>/g, (_m, tag: string, attrs: string, inner: string) => `<${tag}${attrs}>${inner.replace(/<\/p>\s*<p>/g, ' ').replace(/<\/?p>/g, '')}</${tag}>`);
    const prose = htmlToProse(cells.replace(NOTE_MARKERS, ''));
    const properties = await coreProperties(zip).catch(() => ({}) as { title?: string; date?: SourceDate });
    const title = properties.title ?? prose.title;
    if (!/\p{L}/u.test(prose.text)) return warn('no-text', 'skipped, the Word document has no text.');
    return extractedResult(
      input,
      'docx',
      { text: prose.text, ...(title ? { title } : {}) },
      'Text extracted from this Word document by Claimcheck (read-only): tracked deletions and comments are left out.',
      properties.date,
    );
  },
};
