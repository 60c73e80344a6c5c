/**
 * Code of a bundle fetched on first need, once per page (docs/decisions/0016, 0019): a part (a
 * module that defines elements: the démarches' steps, the quiz's questions, the poll's later
 * screens, a staff panel) or a module loaded later. Every element of the page shares the one
 * file: the first `load()` fetches it, the others get the same promise; `arrive` runs once, when
 * it has come (a part's French texts join its element's catalog). Offline, `load()` rejects and
 * the next call tries again (browsers fetch a failed `import()` again). An element waits for it
 * through a `LoadController`:
 *
 *     export const steps = onDemand(() => import('./step.part.js'), (m) =>
 *       Object.assign(demarcheMessages.fr, m.stepFr));
 *     …
 *     private readonly stepsCode = new LoadController(this, steps.load);
 */
export interface OnDemand<M> {
  /** Fetches the module (once per page); rejects offline, and the next call tries again. */
  readonly load: () => Promise<M>;
  /** It has come (its elements are defined, its texts in their catalog). */
  readonly here: boolean;
}

export function onDemand<M>(importer: () => Promise<M>, arrive?: (module: M) => void): OnDemand<M> {
  let loading: Promise<M> | undefined;
  let here = false;
  return {
    load: () =>
      (loading ??= importer().then(
        (m) => {
          arrive?.(m);
          here = true;
          return m;
        },
        (error: unknown) => {
          console.warn('[quartiers-douai] code non chargé (hors ligne ?)', error);
          loading = undefined; // (the next call tries again)
          throw error;
        },
      )),
    get here() {
      return here;
    },
  };
}
