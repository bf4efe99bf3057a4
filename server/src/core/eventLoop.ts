import { type CancellationToken, throwIfCancelled } from './types';

/**
 * Lets other work run (editor requests, file events) between chunks of a long job: the one yield helper of the
 * core. `setImmediate` where there is one (Node), a zero timeout elsewhere.
 */
export function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => (typeof setImmediate === 'function' ? setImmediate(resolve) : setTimeout(resolve, 0)));
}

/**
 * How long a long job (the index build, a merge, a warm start, a cache write) runs between two yields, in
 * milliseconds of wall clock. Counts of work per slice do not bound a pause: the same count takes several times
 * longer on a loaded machine or a bigger corpus (issue 13: no pause over 50 ms at 150 MB of sources).
 */
export const SLICE_MS = 8;

const now: () => number = typeof performance !== 'undefined' && typeof performance.now === 'function' ? () => performance.now() : () => Date.now();

/**
 * A time budget for one slice of a long job: `due()` says when the slice has run for `SLICE_MS` (cheap enough to
 * ask every few thousand operations), `next()` starts the next slice after a yield.
 */
export class TimeSlice {
  private deadline: number;

  constructor(private readonly ms = SLICE_MS) {
    this.deadline = now() + ms;
  }

  due(): boolean {
    return now() >= this.deadline;
  }

  next(): void {
    this.deadline = now() + this.ms;
  }

  /**
   * Yields to the event loop when the slice is used up (and starts the next one); then throws `CancelledError`
   * if `token` was cancelled meanwhile.
   */
  async pause(token?: CancellationToken): Promise<void> {
    if (!this.due()) return;
    await yieldToEventLoop();
    throwIfCancelled(token);
    this.next();
  }
}

/** Runs a job written as a generator of slices to its end at once, for a caller that needs its result now. */
export function runStepsNow<T>(steps: Generator<void, T, void>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * Runs a job written as a generator of slices (it yields when its `TimeSlice` is used up), letting the event loop
 * run between them; `between` (a cancellation check) runs after each yield.
 */
export async function runSteps<T>(steps: Generator<void, T, void>, between?: () => void): Promise<T> {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    await yieldToEventLoop();
    between?.();
  }
}
