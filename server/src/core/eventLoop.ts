/**
 * Lets other work run (editor requests, file events) between chunks of a long job: the one yield helper of the
 * core. `setImmediate` where there is one (Node), a zero timeout elsewhere.
 */
export function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => (typeof setImmediate === 'function' ? setImmediate(resolve) : setTimeout(resolve, 0)));
}
