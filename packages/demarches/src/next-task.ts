/** Resolves in a later task: `scheduler.yield()` where the browser has it, else a 0 ms timer. */
export const nextTask = (): Promise<void> =>
  (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler?.yield?.() ??
  new Promise((resolve) => setTimeout(resolve, 0));
