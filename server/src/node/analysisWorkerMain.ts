/**
 * Entry point of `dist/analysisWorker.js`, the worker thread of `WorkerAnalyzer`: analyses the drafts it is sent,
 * one message at a time, and posts back the analysis (or the error).
 */
import { parentPort } from 'node:worker_threads';
import { analyzeDraft, type AnalyzeDraftOptions } from '../core/api';

parentPort?.on('message', (message: { id: number; text: string; options: AnalyzeDraftOptions }) => {
  try {
    // Paragraph spans go packed in a transferred buffer: a megabyte of one-line paragraphs has 200,000 of them,
    // and copying them as objects cost the server's thread 0.1 s.
    const { paragraphs, ...analysis } = analyzeDraft(message.text, message.options);
    const packed = new Int32Array(paragraphs.length * 2);
    paragraphs.forEach((p, i) => packed.set([p.start, p.end], 2 * i));
    parentPort!.postMessage({ id: message.id, analysis, paragraphs: packed }, [packed.buffer]);
  } catch (error) {
    parentPort!.postMessage({ id: message.id, error: error instanceof Error ? error.message : String(error) });
  }
});
