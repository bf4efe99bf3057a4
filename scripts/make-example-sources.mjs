// Writes the example's PDF report, Word press release and WebVTT interview (examples/newsroom/sources), and a
// copy of the PDF for the real-VS Code suite's workspace. Every word is written for Claimcheck's example: the
// port, the people and their words are invented. The files are committed, so `npm run demo` needs no
// generation step; `test/unit/examples/sources.test.ts` checks that this script still makes the same bytes.
//
//   node scripts/make-example-sources.mjs            rewrites the committed files
//   node scripts/make-example-sources.mjs --out DIR  writes them to DIR instead
//
// pdf-lib draws the PDF (with a running header and footer, a two-column page, hyphenated line ends and a table,
// so the PDF loader has real layout to read); docx writes the Word file (a heading, a comment and a tracked
// change, a table), and its zip is rewritten with fixed dates so that the bytes do not depend on the clock.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PDFDocument, StandardFonts, rgb } from 'pdf-lib';
import {
  AlignmentType,
  CommentRangeEnd,
  CommentRangeStart,
  CommentReference,
  DeletedTextRun,
  Document,
  HeadingLevel,
  InsertedTextRun,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import JSZip from 'jszip';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const SHY = '\u00ad';

// ---------------------------------------------------------------------------------------------------------
// The PDF report

const REPORT_DATE = new Date(Date.UTC(2024, 2, 4, 9, 0, 0)); // Monday 4 March 2024
const HEADER = 'Eastport Port Authority · Harbour Water Quality Report 2023';

/** Lines of a paragraph wrapped to `width`; a word may break at a soft hyphen, with "-" drawn at the line end. */
function wrap(text, font, size, width) {
  const words = text.split(/\s+/).filter(Boolean);
  const lines = [];
  let line = '';
  const fits = (s) => font.widthOfTextAtSize(s.replaceAll(SHY, ''), size) <= width;
  for (let word of words) {
    const candidate = line ? `${line} ${word}` : word;
    if (fits(candidate)) {
      line = candidate;
      continue;
    }
    // Try to hyphenate the word at its last soft hyphen that still fits.
    const points = [...word.matchAll(new RegExp(SHY, 'g'))].map((m) => m.index).reverse();
    let broken = false;
    for (const at of points) {
      const head = `${word.slice(0, at)}-`;
      if (fits(line ? `${line} ${head}` : head)) {
        lines.push(line ? `${line} ${head}` : head);
        word = word.slice(at + 1);
        line = word;
        broken = true;
        break;
      }
    }
    if (broken) continue;
    if (line) lines.push(line);
    line = word;
  }
  if (line) lines.push(line);
  return lines.map((l) => l.replaceAll(SHY, ''));
}

async function makeReport() {
  const pdf = await PDFDocument.create();
  pdf.setTitle('Harbour Water Quality Report 2023');
  pdf.setAuthor('Eastport Port Authority');
  pdf.setSubject('Water quality of Eastport harbour in 2023');
  pdf.setCreator('Claimcheck example generator');
  pdf.setProducer('pdf-lib');
  pdf.setCreationDate(REPORT_DATE);
  pdf.setModificationDate(REPORT_DATE);
  const serif = await pdf.embedFont(StandardFonts.TimesRoman);
  const sans = await pdf.embedFont(StandardFonts.Helvetica);
  const bold = await pdf.embedFont(StandardFonts.HelveticaBold);
  const W = 595;
  const H = 842;
  const M = 64;
  const pages = [];
  const newPage = () => {
    const page = pdf.addPage([W, H]);
    pages.push(page);
    return page;
  };
  const body = 11;
  const leading = 15;
  /** Draws paragraphs in a column from y down; returns the y below them. */
  const column = (page, paragraphs, x, y, width) => {
    for (const p of paragraphs) {
      if (p.heading) {
        page.drawText(p.heading, { x, y, size: 12, font: bold });
        y -= leading + 4;
        continue;
      }
      for (const line of wrap(p.text, serif, body, width)) {
        page.drawText(line, { x, y, size: body, font: serif });
        y -= leading;
      }
      y -= 7;
    }
    return y;
  };

  // Page 1: title and summary.
  let page = newPage();
  page.drawText('Harbour Water Quality Report 2023', { x: M, y: 730, size: 22, font: bold });
  page.drawText('Eastport Port Authority · Published 4 March 2024', { x: M, y: 704, size: 12, font: sans, color: rgb(0.3, 0.3, 0.3) });
  column(
    page,
    [
      { heading: 'Summary' },
      { text: `The Eastport Port Authority sampled the harbour at 14 sites every month from January to December 2023. This report com${SHY}pares the results with the baseline survey of 2021.` },
      { text: `Average nitrogen in the harbour fell by 18 percent between 2021 and 2023, after the Westbank treatment works stopped dis${SHY}charging untreated stormwater in 2022. Phosphorus fell by 9 percent over the same period.` },
      { text: `The inner basin remains the weakest part of the harbour. Dissolved oxygen there stayed below 5 milligrams per litre on 41 days in 2023, most of them in August, when the water was warmest and the tides were weakest.` },
      { text: `Monitoring will continue at all 14 sites in 2024, and the authority will publish its next report in March 2025.` },
    ],
    M,
    650,
    W - 2 * M,
  );

  // Page 2: findings in two columns.
  page = newPage();
  page.drawText('Findings', { x: M, y: 740, size: 16, font: bold });
  const gutter = 22;
  const colWidth = (W - 2 * M - gutter) / 2;
  column(
    page,
    [
      { heading: 'Nitrogen' },
      { text: `The largest falls were measured at the Westbank outfall, where average nitrogen dropped from 2.4 to 1.5 milli${SHY}grams per litre. Sites near the con${SHY}tainer terminal changed little, and the authority expects them to improve only when ships use shore power.` },
      { heading: 'Oysters' },
      { text: `Divers counted 3,200 living oysters on the survey reef in September 2023, against 1,100 in 2021. The authority considers the reef to be re${SHY}cov${SHY}er${SHY}ing, although one dry summer could undo the gain.` },
    ],
    M,
    705,
    colWidth,
  );
  column(
    page,
    [
      { heading: 'Sediment' },
      { text: `Cores from the inner basin show heavy metals at levels that would require spe${SHY}cial handling if the basin were dredged. Lead concen${SHY}trations averaged 310 milligrams per kilogram, and copper 190 milligrams per kilogram.` },
      { heading: 'Bathing water' },
      { text: `The beach at Gull Point met the national bathing water standard in every sample taken between May and Sep${SHY}tember. It was the first season since monitoring began in which no sample failed.` },
    ],
    M + colWidth + gutter,
    705,
    colWidth,
  );

  // Page 3: a table and the recommendations.
  page = newPage();
  page.drawText('Average nitrogen by site, milligrams per litre', { x: M, y: 740, size: 12, font: bold });
  const rows = [
    ['Site', '2021', '2023', 'Change'],
    ['Westbank outfall', '2.4', '1.5', '-38%'],
    ['Container terminal', '1.9', '1.8', '-5%'],
    ['Inner basin', '2.1', '1.7', '-19%'],
    ['Gull Point', '0.9', '0.8', '-11%'],
  ];
  const cols = [M, M + 190, M + 270, M + 350];
  rows.forEach((row, i) => {
    row.forEach((cell, k) => page.drawText(cell, { x: cols[k], y: 712 - i * 18, size: 10, font: i === 0 ? bold : sans }));
  });
  column(
    page,
    [
      { heading: 'Recommendations' },
      { text: `The authority recommends that dredging of the inner basin be postponed until a disposal site for contaminated sediment has been agreed, and not before 2026. Ships calling at the inner quays should keep using the outer channel in the meantime.` },
      { text: `The Westbank stormwater tanks should be enlarged before the next wet winter, so that the gains of the last two years are not lost in a single storm.` },
    ],
    M,
    600,
    W - 2 * M,
  );

  // Running header and footer on every page.
  pages.forEach((p, i) => {
    p.drawText(HEADER, { x: M, y: 800, size: 9, font: sans, color: rgb(0.35, 0.35, 0.35) });
    p.drawText(`Page ${i + 1} of ${pages.length}`, { x: W / 2 - 24, y: 40, size: 9, font: sans, color: rgb(0.35, 0.35, 0.35) });
  });
  return pdf.save({ useObjectStreams: false });
}

// ---------------------------------------------------------------------------------------------------------
// The Word press release

const RELEASE_DATE = '2024-03-05T09:00:00Z'; // Tuesday 5 March 2024

async function makeRelease() {
  const change = { author: 'News desk', date: RELEASE_DATE };
  const cell = (text, bold = false) => new TableCell({ width: { size: 4500, type: WidthType.DXA }, children: [new Paragraph({ children: [new TextRun({ text, bold })] })] });
  const document = new Document({
    title: 'Council approves £12 million harbour clean-up',
    creator: 'Eastport City Council press office',
    description: 'Press release',
    comments: {
      children: [{ id: 0, author: 'News desk', date: new Date(RELEASE_DATE), initials: 'ND', children: [new Paragraph('Finance to confirm the total before release.')] }],
    },
    sections: [
      {
        children: [
          new Paragraph({ text: 'Council approves £12 million harbour clean-up', heading: HeadingLevel.HEADING_1 }),
          new Paragraph({ children: [new TextRun({ text: 'For immediate release — 5 March 2024', italics: true })] }),
          new Paragraph({
            children: [
              new CommentRangeStart(0),
              new TextRun('Eastport City Council today approved a '),
              new DeletedTextRun({ id: 1, ...change, text: '£10 million' }),
              new InsertedTextRun({ id: 2, ...change, text: '£12 million' }),
              new TextRun(" programme to clean up the harbour's inner basin."),
              new CommentRangeEnd(0),
              new TextRun({ children: [new CommentReference(0)] }),
            ],
          }),
          new Paragraph(
            'The programme will pay for new stormwater tanks at Westbank and for a study of how contaminated sediment can be removed from the inner basin safely. Work on the tanks will begin in May 2024 and take 18 months.',
          ),
          new Paragraph('“Clean water is not a luxury for a port city. It is the foundation of everything we do here,” said Mayor Lena Ortiz.'),
          new Paragraph('“The report shows what investment can achieve. We intend to finish the job,” Ortiz added.'),
          new Paragraph({ text: 'How the programme is funded', heading: HeadingLevel.HEADING_2 }),
          new Table({
            rows: [
              new TableRow({ children: [cell('Funding source', true), cell('Amount', true)] }),
              new TableRow({ children: [cell('Eastport City Council'), cell('£7 million')] }),
              new TableRow({ children: [cell('Eastport Port Authority'), cell('£3 million')] }),
              new TableRow({ children: [cell('National Water Fund'), cell('£2 million')] }),
            ],
          }),
          new Paragraph({ text: 'Notes to editors', heading: HeadingLevel.HEADING_2 }),
          new Paragraph({
            children: [
              new TextRun('The Harbour Water Quality Report 2023 was published by the Eastport Port Authority on 4 March 2024. '),
              new DeletedTextRun({ id: 3, ...change, text: 'The mayor will visit Gull Point on Friday. ' }),
              new TextRun('Press contact: Eastport City Council press office.'),
            ],
          }),
          new Paragraph({ alignment: AlignmentType.CENTER, text: 'ENDS' }),
        ],
      },
    ],
  });
  const packed = await Packer.toBuffer(document);
  return reproducibleZip(packed, RELEASE_DATE);
}

/** Rewrites a .docx with fixed entry dates and fixed document-property dates, so its bytes never change. */
async function reproducibleZip(bytes, iso) {
  const zip = await JSZip.loadAsync(bytes);
  const date = new Date(iso);
  const out = new JSZip();
  for (const name of Object.keys(zip.files).sort()) {
    const entry = zip.files[name];
    if (entry.dir) continue;
    let data = await entry.async('uint8array');
    if (name === 'docProps/core.xml') {
      const xml = new TextDecoder().decode(data).replace(/(<dcterms:(?:created|modified)[^>]*>)[^<]*(<\/dcterms:(?:created|modified)>)/g, `$1${iso}$2`);
      data = new TextEncoder().encode(xml);
    }
    // Ids that some writers draw at random (w14:paraId, w16cid:durableId) are made stable.
    if (name.endsWith('.xml')) {
      let n = 0;
      const xml = new TextDecoder().decode(data).replace(/(w14:paraId|w14:textId|w15:paraId|w16cid:durableId|w15:paraIdParent)="[0-9A-Fa-f]{8}"/g, (_m, attr) => `${attr}="${(0x10000000 + n++ * 17).toString(16).toUpperCase()}"`);
      data = new TextEncoder().encode(xml);
    }
    out.file(name, data, { date, createFolders: false });
  }
  return out.generateAsync({ type: 'uint8array', compression: 'DEFLATE', compressionOptions: { level: 9 }, platform: 'UNIX' });
}

// ---------------------------------------------------------------------------------------------------------
// The WebVTT interview

function makeInterview() {
  const cues = [
    ['00:00:01.000', '00:00:05.500', 'Sam Reid', 'Dr Okafor, the report says nitrogen in the harbour is down. What changed?'],
    ['00:00:06.000', '00:00:11.800', 'Amara Okafor', 'Mostly the Westbank works. Once the untreated stormwater stopped,'],
    ['00:00:11.800', '00:00:16.500', 'Amara Okafor', 'the harbour started to recover within a single summer.'],
    ['00:00:17.000', '00:00:22.000', 'Amara Okafor', 'The oysters are coming back faster than anyone expected.'],
    ['00:00:23.000', '00:00:27.500', 'Sam Reid', 'Captain Brennan, will the inner basin be dredged this year?'],
    ['00:00:28.000', '00:00:34.000', 'Tom Brennan', 'Not this year. We will not touch the inner basin until we know where the sediment can go.'],
    ['00:00:34.500', '00:00:39.000', 'Tom Brennan', 'Ships have waited ten years. They can wait a little longer.'],
    ['00:00:40.000', '00:00:44.000', 'Sam Reid', 'Is the water at Gull Point safe for swimming?'],
    ['00:00:44.500', '00:00:51.000', 'Amara Okafor', 'Yes. Gull Point passed every test last summer, and I swim there myself.'],
    ['00:00:51.500', '00:00:57.000', 'Amara Okafor', 'What worries me is the inner basin. Dredging it now would stir up decades of lead and copper.'],
    ['00:00:58.000', '00:01:03.000', 'Tom Brennan', 'On that we agree. The money for the study is the first step.'],
  ];
  const lines = [
    'WEBVTT - Harbour panel at Gull Point',
    '',
    'NOTE',
    'Recorded Wednesday 6 March 2024 at the Gull Point sailing club, Eastport.',
    'Speakers: Sam Reid (reporter), Dr Amara Okafor (marine biologist, Eastport University),',
    'Tom Brennan (harbour master). Written for the Claimcheck example: the people and their words are invented.',
    '',
  ];
  cues.forEach(([start, end, speaker, text], i) => {
    lines.push(`${i + 1}`, `${start} --> ${end}`, `<v ${speaker}>${text}`, '');
  });
  return lines.join('\n');
}

// ---------------------------------------------------------------------------------------------------------

export async function makeExampleSources() {
  const report = await makeReport();
  return {
    'examples/newsroom/sources/harbour-report.pdf': report,
    'examples/newsroom/sources/council-release.docx': await makeRelease(),
    'examples/newsroom/sources/harbour-panel.vtt': new TextEncoder().encode(makeInterview()),
    'test/fixtures/e2e-workspace/sources/harbour-report.pdf': report,
  };
}

async function main() {
  const at = process.argv.indexOf('--out');
  const out = at > 0 ? process.argv[at + 1] : root;
  const files = await makeExampleSources();
  for (const [path, bytes] of Object.entries(files)) {
    const target = join(out, path);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, bytes);
    console.log(`wrote ${path} (${bytes.length} bytes)`);
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  main().catch((error) => {
    console.error(error);
    process.exitCode = 1;
  });
}
