/**
 * Draft analysis in a worker thread, for the language server.
 *
 * `analyzeDraft` is synchronous and, on a long draft, parsing takes a good part of a second (a megabyte of
 * Markdown, bounded by `planPieces`, up to a few seconds). Run on the server's thread, that would delay every
 * request behind it, hovers included. So the server hands the text to one worker thread and awaits the result;
 * the verdicts, which need the source index, stay on the main thread, in slices (`checkDraft`).
 *
 * Scheduling: one analysis runs at a time; of the requests waiting for a draft only the newest is kept (an older
 * version's is answered with `CancelledError`), so a burst of typing queues at most one analysis per draft.
 *
 * Failure: if the worker dies (it runs with a memory limit) or cannot start, the request is answered by analysing
 * the draft here as plain text, which is linear and safe, with a warning; the next request starts a new worker.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { analyzeDraft, CancelledError, type AnalyzeDraftOptions, type CancellationToken, type DraftAnalysis, type DraftAnalyzer } from '../core/api';

interface Job {
  id: number;
  key: string;
  text: string;
  options: AnalyzeDraftOptions;
  token?: CancellationToken;
  resolve(analysis: DraftAnalysis): void;
  reject(error: unknown): void;
}

/** The analysis with its paragraph spans unpacked on first use (few requests need them: code actions do). */
function withPackedParagraphs(analysis: Omit<DraftAnalysis, 'paragraphs'>, packed: Int32Array): DraftAnalysis {
  let paragraphs: DraftAnalysis['paragraphs'] | undefined;
  return Object.defineProperty(analysis, 'paragraphs', {
    enumerable: true,
    configurable: true,
    get: () => {
      if (!paragraphs) {
        paragraphs = [];
        for (let i = 0; i + 1 < packed.length; i += 2) paragraphs.push({ start: packed[i], end: packed[i + 1] });
      }
      return paragraphs;
    },
  }) as DraftAnalysis;
}

/** Memory the worker may use before it is stopped (a bounded analysis of a 1 MB draft needs a few hundred MB). */
const WORKER_HEAP_MB = 1536;

export class WorkerAnalyzer implements DraftAnalyzer {
  private worker: Worker | undefined;
  private running: Job | undefined;
  /** Waiting jobs, at most one per key, oldest first. */
  private readonly waiting = new Map<string, Job>();
  private nextId = 1;
  private unavailable = false;

  constructor(
    private readonly log: (message: string) => void,
    private readonly script: string = join(__dirname, 'analysisWorker.js'),
  ) {}

  analyze(key: string, text: string, options: AnalyzeDraftOptions, token?: CancellationToken): Promise<DraftAnalysis> {
    return new Promise<DraftAnalysis>((resolve, reject) => {
      const older = this.waiting.get(key);
      if (older) {
        this.waiting.delete(key);
        older.reject(new CancelledError());
      }
      this.waiting.set(key, { id: this.nextId++, key, text, options, token, resolve, reject });
      this.pump();
    });
  }

  /**
   * Starts the worker thread now rather than on the first request (the server does at start-up: loading the
   * worker takes a few hundred milliseconds, which the index build hides and the first draft would wait for).
   */
  start(): void {
    this.ensureWorker();
  }

  dispose(): void {
    for (const job of this.waiting.values()) job.reject(new CancelledError());
    this.waiting.clear();
    this.running?.reject(new CancelledError());
    this.running = undefined;
    void this.worker?.terminate();
    this.worker = undefined;
  }

  private pump(): void {
    while (!this.running && this.waiting.size > 0) {
      const [key, job] = this.waiting.entries().next().value!;
      this.waiting.delete(key);
      if (job.token?.isCancellationRequested) {
        job.reject(new CancelledError());
        continue;
      }
      const worker = this.ensureWorker();
      if (!worker) {
        this.fallback(job, undefined);
        continue;
      }
      this.running = job;
      worker.postMessage({ id: job.id, text: job.text, options: job.options });
    }
  }

  private ensureWorker(): Worker | undefined {
    if (this.worker) return this.worker;
    if (this.unavailable) return undefined;
    if (!existsSync(this.script)) {
      this.unavailable = true;
      this.log(`Draft analysis runs on the server's thread: ${this.script} is missing.`);
      return undefined;
    }
    const worker = new Worker(this.script, { resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB } });
    worker.unref();
    worker.on('message', (message: { id: number; analysis?: Omit<DraftAnalysis, 'paragraphs'>; paragraphs?: Int32Array; error?: string }) => {
      const job = this.running;
      if (!job || job.id !== message.id) return;
      this.running = undefined;
      if (message.analysis) job.resolve(withPackedParagraphs(message.analysis, message.paragraphs ?? new Int32Array()));
      else this.fallback(job, message.error);
      this.pump();
    });
    const died = (why: string) => {
      if (this.worker !== worker) return;
      this.worker = undefined;
      const job = this.running;
      this.running = undefined;
      if (job) this.fallback(job, why);
      else this.log(`The draft analysis worker stopped (${why}).`);
      this.pump();
    };
    worker.on('error', (error) => died(error.message));
    worker.on('exit', (code) => died(`exit code ${code}`));
    this.worker = worker;
    return worker;
  }

  /** Answers a job the worker could not: plain-text analysis here (linear), with a warning. */
  private fallback(job: Job, why: string | undefined): void {
    if (why !== undefined) this.log(`Analysing ${job.key} failed in the worker (${why}); checked as plain text.`);
    try {
      const analysis = analyzeDraft(job.text, { ...job.options, format: why === undefined ? job.options.format : 'text' });
      if (why !== undefined && job.options.format === 'markdown') {
        (analysis.warnings ??= []).unshift({
          code: 'markdown-markup',
          span: { start: 0, end: 0 },
          message: `The Markdown parser failed on this draft (${why}): it was read as plain text, so its markup counts as words.`,
        });
      }
      job.resolve(analysis);
    } catch (error) {
      job.reject(error);
    }
  }
}
