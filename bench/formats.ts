/**
 * Indexing speed per source format: the same news articles written as plain text, Markdown, HTML, WebVTT
 * transcripts, PDF, Word and web archives, then read (`loadSources`: decoding, extraction, offset maps) and
 * indexed (`SourceIndex.addDocumentsAsync`) by the engine. Prints a table, writes `--out` JSON if asked.
 *
 *   npx tsx bench/formats.ts                 200 BBC articles per format (about 0.5 MB of prose)
 *   npx tsx bench/formats.ts --articles 500  more articles        --repeats N   best of N reads (default 3)
 *   npx tsx bench/formats.ts --out FILE      also write the figures as JSON
 *
 * The articles come from the shared data folder (BBC News, see bench/corpus.ts); the files are generated in a
 * temporary folder with the dev-dependency writers (pdf-lib, docx) and removed afterwards. Generation time is
 * not measured. "MB/s" is megabytes of extracted prose per second of read + index.
 */
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { Document, HeadingLevel, Packer, Paragraph } from 'docx';
import { PDFDocument, StandardFonts, type PDFFont } from 'pdf-lib';
import { DEFAULT_CONFIG } from '../server/src/core/config';
import { SourceIndex } from '../server/src/core/index/sourceIndex';
import { loadSources } from '../server/src/core/sources/load';
import { NodeFileSystem } from '../server/src/node/fileSystem';
import { bbcArticles, type Article } from './corpus';

const { values } = parseArgs({ options: { articles: { type: 'string', default: '200' }, repeats: { type: 'string', default: '3' }, out: { type: 'string' } } });
const count = Number(values.articles);
const repeats = Math.max(1, Number(values.repeats));

type Writer = (article: Article, i: number) => Promise<[string, string | Uint8Array]>;

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const paragraphs = (a: Article) => a.body.split(/\n\s*\n/).map((p) => p.replace(/\s+/g, ' ').trim()).filter(Boolean);

function wrap(text: string, font: PDFFont, size: number, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    const next = line ? `${line} ${word}` : word;
    if (line && font.widthOfTextAtSize(next, size) > width) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line) lines.push(line);
  return lines;
}

/** WinAnsi (the standard PDF fonts' encoding) has no other characters. */
const winAnsi = (s: string) => s.replace(/[^\x20-\x7e\u00a0-\u00ff‘’“”–—…€£]/g, '?');

function quotedPrintable(s: string): string {
  const bytes = new TextEncoder().encode(s);
  let out = '';
  let line = 0;
  for (const b of bytes) {
    const piece = (b >= 33 && b <= 126 && b !== 61) || b === 32 ? String.fromCharCode(b) : `=${b.toString(16).toUpperCase().padStart(2, '0')}`;
    if (line + piece.length > 75) {
      out += '=\r\n';
      line = 0;
    }
    out += piece;
    line += piece.length;
  }
  return out;
}

const html = (a: Article) => `<!doctype html><html><head><title>${escapeHtml(a.title)}</title><meta name="date" content="2005-01-01"></head><body><nav>Home</nav><article><h1>${escapeHtml(a.title)}</h1>${paragraphs(a).map((p) => `<p>${escapeHtml(p)}</p>`).join('\n')}</article></body></html>`;

const WRITERS: Record<string, Writer> = {
  text: async (a, i) => [`a${i}.txt`, `${a.title}\n\n${paragraphs(a).join('\n\n')}\n`],
  markdown: async (a, i) => [`a${i}.md`, `---\ntitle: ${a.title}\ndate: 2005-01-01\n---\n\n# ${a.title}\n\n${paragraphs(a).join('\n\n')}\n`],
  html: async (a, i) => [`a${i}.html`, html(a)],
  transcript: async (a, i) => {
    // Each sentence a cue, speakers taking turns by paragraph.
    const lines = ['WEBVTT', '', `NOTE Recorded 1 January 2005. Speakers: Ann Lee (reporter), Bo Kim (analyst).`, ''];
    let t = 0;
    paragraphs(a).forEach((p, k) => {
      for (const sentence of p.split(/(?<=[.?!])\s+/)) {
        const clock = (s: number) => `${String(Math.floor(s / 3600)).padStart(2, '0')}:${String(Math.floor(s / 60) % 60).padStart(2, '0')}:${String(s % 60).padStart(2, '0')}.000`;
        lines.push(`${clock(t)} --> ${clock(t + 4)}`, `<v ${k % 2 ? 'Bo Kim' : 'Ann Lee'}>${escapeHtml(sentence)}`, '');
        t += 4;
      }
    });
    return [`a${i}.vtt`, lines.join('\n')];
  },
  pdf: async (a, i) => {
    const pdf = await PDFDocument.create();
    const font = await pdf.embedFont(StandardFonts.TimesRoman);
    let page = pdf.addPage([595, 842]);
    let y = 780;
    const line = (text: string, size: number) => {
      if (y < 60) {
        page = pdf.addPage([595, 842]);
        y = 780;
      }
      page.drawText(winAnsi(text), { x: 60, y, size, font });
      y -= size * 1.4;
    };
    line(a.title, 16);
    for (const p of paragraphs(a)) {
      y -= 8;
      for (const l of wrap(winAnsi(p), font, 11, 475)) line(l, 11);
    }
    return [`a${i}.pdf`, await pdf.save()];
  },
  docx: async (a, i) => {
    const document = new Document({ sections: [{ children: [new Paragraph({ text: a.title, heading: HeadingLevel.HEADING_1 }), ...paragraphs(a).map((p) => new Paragraph(p))] }] });
    return [`a${i}.docx`, new Uint8Array(await Packer.toBuffer(document))];
  },
  mhtml: async (a, i) => [
    `a${i}.mhtml`,
    ['MIME-Version: 1.0', 'Content-Type: multipart/related; type="text/html"; boundary="b0"', '', '--b0', 'Content-Type: text/html; charset=utf-8', 'Content-Transfer-Encoding: quoted-printable', '', quotedPrintable(html(a)), '--b0--', ''].join('\r\n'),
  ],
};

async function main() {
  const articles = bbcArticles().included.slice(0, count);
  const root = mkdtempSync(join(tmpdir(), 'claimcheck-formats-'));
  const rows: Record<string, number | string>[] = [];
  try {
    for (const [format, write] of Object.entries(WRITERS)) {
      const dir = join(root, format, 'sources');
      mkdirSync(dir, { recursive: true });
      let fileBytes = 0;
      for (let i = 0; i < articles.length; i++) {
        const [name, content] = await write(articles[i], i);
        writeFileSync(join(dir, name), content);
        fileBytes += typeof content === 'string' ? Buffer.byteLength(content) : content.byteLength;
      }
      const fs = new NodeFileSystem();
      let readMs = Infinity;
      let indexMs = Infinity;
      let documents = 0;
      let proseChars = 0;
      let passages = 0;
      let warnings = 0;
      for (let r = 0; r < repeats; r++) {
        const t0 = performance.now();
        const loaded = await loadSources(fs, join(root, format), DEFAULT_CONFIG);
        const t1 = performance.now();
        const index = new SourceIndex();
        await index.addDocumentsAsync(loaded.documents);
        const t2 = performance.now();
        readMs = Math.min(readMs, t1 - t0);
        indexMs = Math.min(indexMs, t2 - t1);
        documents = loaded.documents.length;
        warnings = loaded.warnings.length;
        proseChars = loaded.documents.reduce((s, d) => s + d.text.length, 0);
        passages = index.passageCount;
      }
      const proseMB = proseChars / 1e6;
      rows.push({
        format,
        files: articles.length,
        fileMB: +(fileBytes / 1e6).toFixed(2),
        proseMB: +proseMB.toFixed(2),
        documents,
        passages,
        warnings,
        readMs: Math.round(readMs),
        indexMs: Math.round(indexMs),
        msPerFile: +((readMs + indexMs) / articles.length).toFixed(2),
        proseMBps: +(proseMB / ((readMs + indexMs) / 1000)).toFixed(2),
      });
      process.stderr.write(`${format}: done\n`);
    }
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
  const columns = ['format', 'files', 'fileMB', 'proseMB', 'passages', 'warnings', 'readMs', 'indexMs', 'msPerFile', 'proseMBps'];
  const table = [columns, ...rows.map((r) => columns.map((c) => String(r[c])))];
  const widths = columns.map((_, k) => Math.max(...table.map((row) => row[k].length)));
  for (const row of table) console.log(row.map((cell, k) => (k === 0 ? cell.padEnd(widths[k]) : cell.padStart(widths[k]))).join('  '));
  console.log(`\nNode ${process.version}; best of ${repeats} reads; read = loadSources (decode, extract, map), index = SourceIndex.addDocumentsAsync.`);
  if (values.out) writeFileSync(values.out, `${JSON.stringify({ articles: articles.length, repeats, node: process.version, rows }, null, 2)}\n`);
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
