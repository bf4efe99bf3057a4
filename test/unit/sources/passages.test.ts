import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { DEFAULT_CONFIG } from '../../../server/src/core/config';
import { MemoryFileSystem, normalizePath } from '../../../server/src/core/fs';
import { loadSources } from '../../../server/src/core/sources/load';
import { splitPassages } from '../../../server/src/core/sources/passages';
import { decodeSource } from '../../../server/src/core/text/decode';
import { LineIndex } from '../../../server/src/core/text/lines';
import { passageText, type Passage, type SourceDocument } from '../../../server/src/core/types';
import { NodeFileSystem } from '../../../server/src/node/fileSystem';
import { SAMPLE_ARTICLE, scifactSlice } from '../helpers/fixtures';

/** The file's text at a passage's range. */
function fileTextAt(document: SourceDocument, passage: Passage, files: Map<string, { text: string; lines: LineIndex }>): string {
  let f = files.get(document.file);
  if (!f) {
    const text = decodeSource(readFileSync(document.file)).text;
    f = { text, lines: new LineIndex(text) };
    files.set(document.file, f);
  }
  return f.text.slice(f.lines.offsetAt(passage.range.start), f.lines.offsetAt(passage.range.end));
}

const fixtureRoot = normalizePath(fileURLToPath(new URL('../../fixtures', import.meta.url)));

test('passages: sentences with their paragraph, ids and ordinals', async () => {
  const fs = new MemoryFileSystem({ '/ws/sources/t.txt': 'First one. Second one.\n\nThird, alone.' });
  const { documents } = await loadSources(fs, '/ws', DEFAULT_CONFIG);
  const passages = splitPassages(documents[0]);
  assert.deepEqual(passages.map((p) => [p.id, p.ordinal, p.documentId, passageText(documents[0], p)]), [
    ['sources/t.txt#0', 0, 'sources/t.txt', 'First one.'],
    ['sources/t.txt#1', 1, 'sources/t.txt', 'Second one.'],
    ['sources/t.txt#2', 2, 'sources/t.txt', 'Third, alone.'],
  ]);
  assert.deepEqual(passages[0].paragraph, { start: 0, end: 22 });
  assert.deepEqual(passages[1].paragraph, passages[0].paragraph);
  assert.deepEqual(passages[2].paragraph, { start: 24, end: 37 });
  assert.deepEqual(passages[2].range, { start: { line: 2, character: 0 }, end: { line: 2, character: 13 } });
});

test('passages: slicing the file at each range gives the passage text (txt exactly; html, md, jsonl where no markup or escape intervenes)', async () => {
  const { documents } = await loadSources(new NodeFileSystem(), fixtureRoot, { ...DEFAULT_CONFIG, sources: ['sources'] });
  const files = new Map<string, { text: string; lines: LineIndex }>();
  const exact = new Map<string, string[]>();
  for (const document of documents) {
    for (const passage of splitPassages(document)) {
      const text = passageText(document, passage);
      const raw = fileTextAt(document, passage, files);
      if (document.format === 'text') assert.equal(raw, text);
      if (raw === text) exact.set(document.id, [...(exact.get(document.id) ?? []), text]);
      else {
        // The raw extent starts and ends with the same characters unless markup or an escape is there; a table
        // cell's header label ("Year: 2022") is inserted text, in no file.
        const inFile = text.replace(/(^| \| )[^|:]{1,40}: (?=[-+−–£$€¥.\d])/gu, '$1');
        assert.ok(raw.length >= inFile.length - 2, `${document.id}: ${JSON.stringify(raw)} for ${JSON.stringify(text)}`);
      }
    }
  }
  assert.deepEqual(exact.get('sources/page.html'), ['Harbour terminal to double capacity', 'The terminal at dusk.', 'Broken']);
  assert.deepEqual(exact.get('101'), ['The terminal handles 2.4 million containers.']);
  assert.deepEqual(exact.get('102'), ['The opening was on May 3.']);
  assert.ok(exact.get('sources/notes.md')!.includes('Dr. Ana Ruiz is the chief executive.'));
  assert.equal(exact.get('sources/transcript.txt')!.length, 11);
  // Ranges with markup inside: the raw text of the html lede, with its entity.
  const html = documents.find((d) => d.id === 'sources/page.html')!;
  const lede = splitPassages(html)[1];
  assert.equal(fileTextAt(html, lede, files), 'The Port &amp; Harbour Authority said on Tuesday that the new terminal will handle 2.4 million containers a year.');
  const md = documents.find((d) => d.id === 'sources/notes.md')!;
  const second = splitPassages(md)[1];
  assert.equal(fileTextAt(md, second, files), 'The new terminal will handle **2.4 million** containers a year, the [authority](https://example.org/report.pdf) said.');
  const quoted = documents.find((d) => d.id === '102')!;
  assert.equal(fileTextAt(quoted, splitPassages(quoted)[0], files), 'Ruiz said: \\"It is the biggest investment.\\"');
});

test('passages of the sample article map exactly to the file, typographic quotes included', async () => {
  const path = SAMPLE_ARTICLE;
  const fs = new MemoryFileSystem({ '/ws/sources/amnesty.txt': readFileSync(path) });
  const { documents } = await loadSources(fs, '/ws', DEFAULT_CONFIG);
  const document = documents[0];
  const file = readFileSync(path, 'utf8');
  const lines = new LineIndex(file);
  const passages = splitPassages(document);
  assert.ok(passages.length > 15);
  for (const p of passages) {
    assert.equal(file.slice(lines.offsetAt(p.range.start), lines.offsetAt(p.range.end)), passageText(document, p));
  }
  const quote = passages.find((p) => passageText(document, p).startsWith('Meanwhile, others have claimed'))!;
  assert.ok(passageText(document, quote).endsWith('benevolent policies.”'));
  assert.equal(quote.range.start.line, quote.range.end.line);
});

test('passages of a SciFact slice: records map to their JSON lines', async () => {
  const slice = scifactSlice().corpus;
  const fs = new MemoryFileSystem({ '/ws/sources/scifact.jsonl': slice });
  const { documents, warnings } = await loadSources(fs, '/ws', DEFAULT_CONFIG);
  assert.deepEqual(warnings, []);
  assert.equal(documents.length, 164);
  assert.equal(documents[0].id, JSON.parse(slice.split('\n')[0])._id);
  const lines = new LineIndex(slice);
  let checked = 0;
  let exact = 0;
  for (const document of documents) {
    const record = JSON.parse(slice.split('\n')[lines.positionAt(document.toFileOffset(0)).line]);
    assert.equal(record.text, document.text);
    for (const p of splitPassages(document)) {
      assert.equal(p.range.start.line, p.range.end.line, 'a record is one line');
      const raw = slice.slice(lines.offsetAt(p.range.start), lines.offsetAt(p.range.end));
      const text = passageText(document, p);
      if (raw === text) exact++;
      else assert.equal(JSON.parse(`"${raw}"`), text, 'the raw extent decodes to the passage');
      checked++;
    }
  }
  assert.ok(checked > 1400);
  assert.ok(exact / checked > 0.9);
});
