/**
 * Resolves in a later task: `scheduler.yield()` where the browser has it, else a 0 ms timer.
 * Work split with it leaves the main thread between parts (Total Blocking Time, docs/quality.md
 * gate 7): core's first render, the CV's form, the procedure simulator's start screen.
 */
export const nextTask = (): Promise<void> =>
  (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler?.yield?.() ??
  new Promise((resolve) => setTimeout(resolve, 0));
