/**
 * PDF, Word and transcript documents restored from the index cache are the documents the loaders make: same
 * text, passages, ranges in the extracted text, pages, paragraphs, speakers, times and dates.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_CONFIG } from '../../../server/src/core/config';
import { MemoryFileSystem } from '../../../server/src/core/fs';
import { MemoryCacheStorage } from '../../../server/src/core/index/persist';
import { placeAt } from '../../../server/src/core/sources/meta';
import { passageText } from '../../../server/src/core/types';
import { SourceWorkspace } from '../../../server/src/core/workspace';

const example = join(__dirname, '..', '..', '..', 'examples', 'newsroom', 'sources');

class CountingFileSystem extends MemoryFileSystem {
  reads = 0;
  override async readFile(path: string): Promise<Uint8Array> {
    this.reads++;
    return super.readFile(path);
  }
}

function files(): CountingFileSystem {
  const fs = new CountingFileSystem();
  for (const name of ['harbour-report.pdf', 'council-release.docx', 'harbour-panel.vtt', 'interview-park.txt']) fs.write(`/ws/sources/${name}`, readFileSync(join(example, name)), 1000);
  return fs;
}

async function observe(cache: MemoryCacheStorage) {
  const fs = files();
  const ws = new SourceWorkspace(fs, '/ws', DEFAULT_CONFIG, undefined, { cache });
  await ws.build();
  await ws.flush();
  const documents = [...ws.index.documents()].sort((a, b) => (a.id < b.id ? -1 : 1));
  return {
    reads: fs.reads,
    documents: documents.map((d) => ({
      id: d.id,
      format: d.format,
      title: d.title,
      meta: { date: d.meta?.date, extracted: d.meta?.extracted, pages: d.meta?.pages, speakers: d.meta?.speakers },
      passages: ws.index.passagesOf(d.id).map((p) => [passageText(d, p), p.range, placeAt(d, p.span.start)]),
    })),
  };
}

test('PDF, Word and transcript documents come back from the index cache as the loaders made them', async () => {
  const cache = new MemoryCacheStorage();
  const cold = await observe(cache);
  assert.equal(cold.reads, 4);
  const warm = await observe(cache);
  assert.equal(warm.reads, 0, 'a warm start reads no source');
  assert.deepEqual(warm.documents, cold.documents);
  const pdf = warm.documents.find((d) => d.format === 'pdf')!;
  assert.deepEqual(pdf.meta, { date: { date: '2024-03-04', from: 'PDF metadata' }, extracted: true, pages: 3, speakers: undefined });
  assert.ok(pdf.passages.some(([, , place]) => (place as { page?: number }).page === 3));
  const panel = warm.documents.find((d) => d.id.endsWith('.vtt'))!;
  assert.ok(panel.passages.some(([text, , place]) => String(text).startsWith('The oysters') && (place as { time?: string }).time === '00:00:17'));
});
