/**
 * Resolves in a later task: `scheduler.yield()` where the browser has it, else a 0 ms timer.
 * Work split with it leaves the main thread between parts (Total Blocking Time, docs/quality.md
 * gate 7): core's first render, the CV's form, the procedure simulator's start screen.
 */
export const nextTask = (): Promise<void> =>
  (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler?.yield?.() ??
  new Promise((resolve) => setTimeout(resolve, 0));

/**
 * An element's render, scheduled: the first one (`first`) in a task of its own, after the script
 * has been evaluated — a page with several elements blocks the main thread in short tasks, not one
 * long one (Total Blocking Time, docs/quality.md gate 7) —, and every one after the language files
 * (`files`), so that French never flashes before English or Arabic.
 */
/* eslint-disable @typescript-eslint/no-invalid-void-type -- Lit's own signature (scheduleUpdate) */
export function scheduleRender(
  first: boolean,
  files: () => Promise<void> | undefined,
  render: () => void | Promise<unknown>,
): void | Promise<unknown> {
  /* eslint-enable @typescript-eslint/no-invalid-void-type */
  if (!first && !files()) return render();
  return (async () => {
    if (first) await nextTask();
    // The language may change again while its files load (en → ar): wait for the latest.
    for (let f = files(); f; f = files()) await f;
    await render();
  })();
}
