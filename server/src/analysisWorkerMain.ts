/**
 * Entry point of `dist/analysisWorker.js`, the worker thread of `WorkerAnalyzer`: analyses the drafts it is sent,
 * one message at a time, and posts back the analysis (or the error).
 */
import { parentPort } from 'node:worker_threads';
import { analyzeDraft, type AnalyzeDraftOptions } from './core/draft/analyze';

parentPort?.on('message', (message: { id: number; text: string; options: AnalyzeDraftOptions }) => {
  try {
    parentPort!.postMessage({ id: message.id, analysis: analyzeDraft(message.text, message.options) });
  } catch (error) {
    parentPort!.postMessage({ id: message.id, error: error instanceof Error ? error.message : String(error) });
  }
});
