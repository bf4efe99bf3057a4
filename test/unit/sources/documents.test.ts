/**
 * PDF, Word and web-archive sources. The PDFs and Word files are made here with pdf-lib and docx (dev
 * dependencies), so every test states the layout it reads back; the words are invented for the tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { PDFDocument, StandardFonts, type PDFFont, type PDFPage } from 'pdf-lib';
import { CommentRangeEnd, CommentRangeStart, CommentReference, DeletedTextRun, Document, HeadingLevel, InsertedTextRun, Packer, Paragraph, Table, TableCell, TableRow, TextRun } from 'docx';
import JSZip from 'jszip';
import { DEFAULT_CONFIG } from '../../../server/src/core/config';
import { MemoryFileSystem } from '../../../server/src/core/fs';
import { loadSourceFile, loadSources } from '../../../server/src/core/sources/load';
import { locationLabel, placeAt } from '../../../server/src/core/sources/meta';
import { splitPassages } from '../../../server/src/core/sources/passages';
import { LineIndex } from '../../../server/src/core/text/lines';
import type { SourceDocument } from '../../../server/src/core/types';

async function load(name: string, content: string | Uint8Array) {
  const fs = new MemoryFileSystem({ [`/ws/sources/${name}`]: content });
  return loadSourceFile(fs, `/ws/sources/${name}`, '/ws', DEFAULT_CONFIG);
}

/** The text at a document's position, read from the extracted text (the `view`) the position refers to. */
function viewAt(view: string, document: SourceDocument, offset: number, length: number): string {
  const lines = new LineIndex(view);
  const position = document.filePosition(document.toFileOffset(offset));
  const at = lines.offsetAt(position);
  return view.slice(at, at + length);
}

// ---------------------------------------------------------------------------------------------------------
// PDF

interface Block {
  lines: string[];
  x: number;
  y: number;
  size?: number;
}

async function makePdf(pages: { blocks: Block[] }[], options: { header?: string; footer?: boolean; title?: string; date?: Date } = {}) {
  const pdf = await PDFDocument.create();
  if (options.title) pdf.setTitle(options.title);
  if (options.date) pdf.setCreationDate(options.date);
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  pages.forEach((spec, p) => {
    const page = pdf.addPage([595, 842]);
    if (options.header) page.drawText(options.header, { x: 60, y: 800, size: 9, font });
    if (options.footer) page.drawText(`Page ${p + 1}`, { x: 280, y: 40, size: 9, font });
    for (const block of spec.blocks) draw(page, font, block);
  });
  return pdf.save();
}

function draw(page: PDFPage, font: PDFFont, block: Block) {
  const size = block.size ?? 11;
  block.lines.forEach((line, i) => page.drawText(line, { x: block.x, y: block.y - i * size * 1.35, size, font }));
}

test('PDF: reading order across two columns, hyphenation joined, running header and page numbers dropped, pages in evidence', async () => {
  const bytes = await makePdf(
    [
      { blocks: [{ x: 60, y: 700, lines: ['The ferry inquiry heard from eleven wit-', 'nesses on its first day. The captain', 'spoke last.'] }] },
      {
        blocks: [
          { x: 60, y: 700, lines: ['Left column opens here and runs', 'down the page in two full lines', 'before the gutter takes over.'] },
          { x: 320, y: 700, lines: ['Right column comes second in the', 'reading order of the whole page', 'although its lines sit level.'] },
        ],
      },
    ],
    { header: 'Tidewater Gazette · Special report', footer: true, title: 'Inquiry notes', date: new Date(Date.UTC(2024, 10, 15, 12)) },
  );
  const r = await load('inquiry.pdf', bytes);
  assert.deepEqual(r.warnings, []);
  const [doc] = r.documents;
  assert.equal(doc.format, 'pdf');
  assert.equal(doc.title, 'Inquiry notes');
  assert.deepEqual(doc.meta?.date, { date: '2024-11-15', from: 'PDF metadata' });
  assert.equal(doc.meta?.pages, 2);
  assert.equal(doc.meta?.extracted, true);
  assert.equal(
    doc.text,
    'The ferry inquiry heard from eleven witnesses on its first day. The captain spoke last.\n\n' +
      'Left column opens here and runs down the page in two full lines before the gutter takes over.\n\n' +
      'Right column comes second in the reading order of the whole page although its lines sit level.',
  );
  // The extracted text keeps the PDF's lines, the header and the page numbers, with the pages marked.
  assert.match(r.view!, /──── Page 1 of 2 ────\nTidewater Gazette · Special report\n\nThe ferry inquiry heard from eleven wit-\nnesses/);
  assert.match(r.view!, /Page 2\n$/);
  // Positions land on the words, in the extracted text, with the page.
  for (const passage of splitPassages(doc)) {
    const words = doc.text.slice(passage.span.start, passage.span.end);
    const first = words.split(' ')[0];
    assert.equal(viewAt(r.view!, doc, passage.span.start, first.length), first);
  }
  const right = splitPassages(doc).find((p) => doc.text.slice(p.span.start).startsWith('Right column'))!;
  assert.equal(placeAt(doc, right.span.start).page, 2);
  assert.equal(locationLabel(doc, right.range.start, right.span.start), 'sources/inquiry.pdf p. 2');
  // A hyphenated word maps to both halves in the extracted text.
  const at = doc.text.indexOf('witnesses');
  assert.equal(viewAt(r.view!, doc, at, 4), 'wit-');
  assert.equal(viewAt(r.view!, doc, at + 3, 5), 'nesse');
});

test('PDF: a table row reads as one paragraph, cells joined; a paragraph runs on across a page break', async () => {
  const bytes = await makePdf([
    {
      blocks: [
        { x: 60, y: 700, lines: ['Site'] },
        { x: 250, y: 700, lines: ['Lead'] },
        { x: 60, y: 684, lines: ['North pier'] },
        { x: 250, y: 684, lines: ['310 mg'] },
        { x: 60, y: 200, lines: ['The survey found that the sediment under the', 'old pier was'] },
      ],
    },
    { blocks: [{ x: 60, y: 760, lines: ['heavier than expected, and the work stopped.'] }] },
  ]);
  const r = await load('table.pdf', bytes);
  const [doc] = r.documents;
  // The first row, of words, is the header: the figure below it carries its column's label.
  assert.equal(doc.text, 'Site | Lead\n\nNorth pier | Lead: 310 mg\n\nThe survey found that the sediment under the old pier was heavier than expected, and the work stopped.');
  const sentence = splitPassages(doc).find((p) => doc.text.slice(p.span.start).startsWith('The survey'))!;
  assert.equal(placeAt(doc, sentence.span.start).page, 1, 'the page where the sentence starts');
});

test('property: PDF prose has the words drawn, in reading order, each at its place in the extracted text', async () => {
  const vocabulary = ['harbour', 'pilot', 'said', 'the', 'tide', 'was', 'low', 'ferries', 'crossed', 'at', 'dawn', 'and', 'dusk', 'council', 'votes'];
  const word = fc.constantFrom(...vocabulary);
  const paragraph = fc.array(word, { minLength: 3, maxLength: 30 });
  await fc.assert(
    fc.asyncProperty(fc.array(paragraph, { minLength: 1, maxLength: 4 }), fc.integer({ min: 28, max: 70 }), async (paragraphs, width) => {
      // Lines of at most `width` characters, paragraphs ending in a full stop and separated by a blank line.
      const lines: string[] = [];
      const breaks = new Set<number>();
      for (const words of paragraphs) {
        breaks.add(lines.length);
        let line = '';
        words.forEach((w, i) => {
          const token = i === words.length - 1 ? `${w}.` : w;
          if (line && line.length + 1 + token.length > width) {
            lines.push(line);
            line = token;
          } else line = line ? `${line} ${token}` : token;
        });
        lines.push(line);
      }
      const pdf = await PDFDocument.create();
      const font = await pdf.embedFont(StandardFonts.Helvetica);
      const page = pdf.addPage([595, 842]);
      let y = 780;
      lines.forEach((line, i) => {
        if (i > 0 && breaks.has(i)) y -= 14;
        page.drawText(line, { x: 60, y, size: 10, font });
        y -= 14;
      });
      const r = await load('p.pdf', await pdf.save());
      const [doc] = r.documents;
      assert.deepEqual(doc.text.split(/\s+/).filter(Boolean), paragraphs.flatMap((ws) => ws.map((w, i) => (i === ws.length - 1 ? `${w}.` : w))));
      assert.equal(doc.text.split('\n\n').length, paragraphs.length, 'one paragraph per drawn paragraph');
      const re = /[a-z]+/g;
      for (let m = re.exec(doc.text); m; m = re.exec(doc.text)) assert.equal(viewAt(r.view!, doc, m.index, m[0].length), m[0]);
    }),
    { numRuns: 25 },
  );
});

test('PDF: encrypted, damaged, not a PDF, scanned: one clear warning each, never an exception', async () => {
  const hex = (n: number) => 'ab'.repeat(n);
  const encrypted = `%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj\n3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >> endobj\n4 0 obj << /Filter /Standard /V 1 /R 2 /O <${hex(32)}> /U <${hex(32)}> /P -4 >> endobj\ntrailer << /Root 1 0 R /Encrypt 4 0 R /ID [<${hex(16)}><${hex(16)}>] /Size 5 >>\n%%EOF\n`;
  const scanned = await PDFDocument.create();
  scanned.addPage([595, 842]).drawRectangle({ x: 50, y: 50, width: 400, height: 600 });
  scanned.addPage([595, 842]);
  const partly = await PDFDocument.create();
  const font = await partly.embedFont(StandardFonts.Helvetica);
  partly.addPage([595, 842]).drawText('Only this page has text on it.', { x: 60, y: 700, size: 11, font });
  partly.addPage([595, 842]).drawRectangle({ x: 50, y: 50, width: 400, height: 600 });
  const fs = new MemoryFileSystem({
    '/ws/sources/a-locked.pdf': encrypted,
    '/ws/sources/b-damaged.pdf': '%PDF-1.7\nthis is not a pdf at all\n',
    '/ws/sources/c-word.pdf': 'PK\u0003\u0004 a zip with a .pdf name',
    '/ws/sources/d-scan.pdf': await scanned.save(),
    '/ws/sources/e-partly.pdf': await partly.save(),
    '/ws/sources/f-fine.txt': 'The index goes on.',
  });
  const r = await loadSources(fs, '/ws', DEFAULT_CONFIG);
  assert.deepEqual(
    r.warnings.map((w) => [w.file.split('/').pop(), w.code]),
    [['a-locked.pdf', 'encrypted'], ['b-damaged.pdf', 'malformed'], ['c-word.pdf', 'malformed'], ['d-scan.pdf', 'no-text'], ['e-partly.pdf', 'no-text']],
  );
  const by = Object.fromEntries(r.warnings.map((w) => [w.file.split('/').pop(), w.message]));
  assert.match(by['a-locked.pdf'], /password-protected/);
  assert.match(by['b-damaged.pdf'], /damaged or not a PDF/);
  assert.match(by['c-word.pdf'], /not a PDF file/);
  assert.match(by['d-scan.pdf'], /no text layer \(2 pages of images: a scan\?\).*OCR/);
  assert.match(by['e-partly.pdf'], /page 2 of 2 has no text/);
  assert.deepEqual(r.documents.map((d) => d.id), ['sources/e-partly.pdf', 'sources/f-fine.txt']);
});

// ---------------------------------------------------------------------------------------------------------
// Word

async function makeDocx(children: (Paragraph | Table)[], comments = false): Promise<Uint8Array> {
  const document = new Document({
    title: 'Pier statement',
    ...(comments ? { comments: { children: [{ id: 0, author: 'Desk', date: new Date('2024-01-01'), children: [new Paragraph('SECRET COMMENT TEXT')] }] } } : {}),
    sections: [{ children }],
  });
  return new Uint8Array(await Packer.toBuffer(document));
}

test('Word: headings, paragraphs, tables as rows; tracked deletions and comments left out; date from the properties', async () => {
  const change = { author: 'Desk', date: '2024-01-01T00:00:00Z' };
  const bytes = await makeDocx(
    [
      new Paragraph({ text: 'Pier to reopen', heading: HeadingLevel.HEADING_1 }),
      new Paragraph({
        children: [
          new CommentRangeStart(0),
          new TextRun('The pier will reopen on '),
          new DeletedTextRun({ id: 1, ...change, text: '1 May' }),
          new InsertedTextRun({ id: 2, ...change, text: '15 May' }),
          new TextRun('.'),
          new CommentRangeEnd(0),
          new TextRun({ children: [new CommentReference(0)] }),
        ],
      }),
      new Table({
        rows: [
          new TableRow({ children: [new TableCell({ children: [new Paragraph('Item')] }), new TableCell({ children: [new Paragraph('Cost')] })] }),
          new TableRow({ children: [new TableCell({ children: [new Paragraph('Decking'), new Paragraph('and rails')] }), new TableCell({ children: [new Paragraph('£40,000')] })] }),
        ],
      }),
    ],
    true,
  );
  const r = await load('statement.docx', bytes);
  assert.deepEqual(r.warnings, []);
  const [doc] = r.documents;
  assert.equal(doc.format, 'docx');
  assert.equal(doc.title, 'Pier statement');
  assert.equal(doc.text, 'Pier to reopen\n\nThe pier will reopen on 15 May.\n\nItem | Cost\n\nDecking and rails | Cost: £40,000');
  assert.ok(!r.view!.includes('SECRET') && !r.view!.includes('1 May'));
  assert.equal(doc.meta?.date?.from, 'document properties');
  const reopen = splitPassages(doc).find((p) => doc.text.slice(p.span.start).startsWith('The pier'))!;
  assert.equal(placeAt(doc, reopen.span.start).paragraph, 2);
  assert.equal(locationLabel(doc, reopen.range.start, reopen.span.start), 'sources/statement.docx ¶ 2');
  assert.equal(viewAt(r.view!, doc, reopen.span.start, 8), 'The pier');
});

test('Word: not a zip, a zip without a document, an old or protected Word file: one warning each', async () => {
  const zip = new JSZip();
  zip.file('hello.txt', 'not word');
  const ole = new Uint8Array(2048);
  ole.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  const locked = ole.slice();
  const name = 'EncryptedPackage';
  for (let i = 0; i < name.length; i++) locked[600 + 2 * i] = name.charCodeAt(i);
  // A zip bomb: a document part that inflates to 250 MB of spaces.
  const bomb = await JSZip.loadAsync(await makeDocx([new Paragraph('Small.')]));
  bomb.file('word/media/padding.xml', ' '.repeat(250_000_000), { compression: 'DEFLATE' });
  const cases: [string, string | Uint8Array, string, RegExp][] = [
    ['text.docx', 'Just some text saved with the wrong name.', 'malformed', /not a Word document: a \.docx file is a zip archive/],
    ['archive.docx', await zip.generateAsync({ type: 'uint8array' }), 'malformed', /no word\/document\.xml/],
    ['old.docx', ole, 'malformed', /Word 97–2003/],
    ['locked.docx', locked, 'encrypted', /password-protected/],
    ['truncated.docx', (await makeDocx([new Paragraph('Cut short.')])).slice(0, 300), 'malformed', /damaged/],
    ['bomb.docx', await bomb.generateAsync({ type: 'uint8array', compression: 'DEFLATE' }), 'too-large', /expands to 250 MB/],
  ];
  for (const [file, content, code, message] of cases) {
    const r = await load(file, content);
    assert.deepEqual(r.documents, [], file);
    assert.equal(r.warnings.length, 1, file);
    assert.equal(r.warnings[0].code, code, file);
    assert.match(r.warnings[0].message, message, file);
  }
});

// ---------------------------------------------------------------------------------------------------------
// Web archives

test('MHTML: the page part decoded from quoted-printable with its charset, its meta date, paragraphs in evidence', async () => {
  const mhtml = [
    'From: <Saved by Blink>',
    'Snapshot-Content-Location: https://example.org/pier',
    'Subject: =?utf-8?Q?Pier_news?=',
    'Date: Sat, 16 Mar 2024 10:00:00 -0000',
    'MIME-Version: 1.0',
    'Content-Type: multipart/related;',
    '\ttype="text/html";',
    '\tboundary="----MultipartBoundary--abc----"',
    '',
    '',
    '------MultipartBoundary--abc----',
    'Content-Type: text/html; charset=utf-8',
    'Content-Transfer-Encoding: quoted-printable',
    'Content-Location: https://example.org/pier',
    '',
    '<html><head><meta property=3D"article:published_time" content=3D"2024-03-15T08:00:00Z"><title>Pier news</title></head>',
    '<body><nav>Home</nav><p>The pier =E2=80=9Cwill reopen=E2=80=9D in May, the council s=',
    'aid.</p><p>Caf=C3=A9 owners welcomed it.</p></body></html>',
    '',
    '------MultipartBoundary--abc----',
    'Content-Type: image/png',
    'Content-Transfer-Encoding: base64',
    'Content-Location: https://example.org/a.png',
    '',
    'iVBORw0KGgo=',
    '',
    '------MultipartBoundary--abc------',
    '',
  ].join('\r\n');
  const r = await load('pier.mhtml', mhtml);
  assert.deepEqual(r.warnings, []);
  const [doc] = r.documents;
  assert.equal(doc.format, 'mhtml');
  assert.equal(doc.title, 'Pier news');
  assert.equal(doc.text, 'The pier “will reopen” in May, the council said.\n\nCafé owners welcomed it.');
  assert.deepEqual(doc.meta?.date, { date: '2024-03-15', from: 'HTML meta' });
  const cafe = splitPassages(doc)[1];
  assert.equal(locationLabel(doc, cafe.range.start, cafe.span.start), 'sources/pier.mhtml ¶ 2');
  assert.equal(viewAt(r.view!, doc, cafe.span.start, 4), 'Café');
  // Base64, no page date: the archive's own Date header.
  const b64 = `MIME-Version: 1.0\nDate: Sat, 16 Mar 2024 10:00:00 -0000\nContent-Type: text/html; charset=utf-8\nContent-Transfer-Encoding: base64\n\n${Buffer.from('<p>Saved page.</p>').toString('base64')}\n`;
  assert.deepEqual((await load('saved.mht', b64)).documents[0].meta?.date, { date: '2024-03-16', from: 'archive header' });
  const noHtml = await load('images.mhtml', 'MIME-Version: 1.0\nContent-Type: multipart/related; boundary="b"\n\n--b\nContent-Type: image/png\n\nxx\n--b--\n');
  assert.match(noHtml.warnings[0].message, /holds no HTML page/);
  assert.match((await load('plain.mhtml', 'just text, no headers')).warnings[0].message, /not a web archive/);
});
