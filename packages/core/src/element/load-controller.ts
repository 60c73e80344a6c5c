/**
 * Code loaded later, the one way (docs/decisions/0019): a module fetched with `import()` the first
 * time an element needs it — a language file, the explanations of a wrong file, the staff panel,
 * a part of the bundle. The module is ordinary code: it imports `lit` and core like any module
 * (the CDN build shares them with the first file, ADR 0017); nothing is handed to it by hand.
 *
 *     private readonly staff = new LoadController(this, () => import('./staff.lazy.js'));
 *     …
 *     render() { return this.staff.value?.panel(…) ?? loadingPanel(…); }
 *     open() { void this.staff.load(); }
 *
 * While the file comes, `pending` is the element's pending work (`updateComplete` waits for it);
 * when it has come, or could not (offline), the element renders again. A failed load is tried
 * again at the next `load()` (browsers fetch a failed `import()` again; ADR 0016).
 */
import type { ReactiveControllerHost } from 'lit';
import { WaitController } from './pending.js';
import type { Voice } from './voice.js';

export class LoadController<M> extends WaitController {
  private module?: M;
  private loading?: Promise<M | undefined>;
  private error = false;

  constructor(
    host: ReactiveControllerHost,
    private readonly importer: () => Promise<M>,
    /** Runs once the module is here, before the element renders again. */
    private readonly onLoad?: (module: M) => void,
    /** While loading, the element shows its loading message instead of its content. */
    holds = false,
  ) {
    super(host, holds);
  }

  /** The module, once it has come. */
  get value(): M | undefined {
    return this.module;
  }

  /** The last attempt failed (offline): `load()` tries again. */
  get failed(): boolean {
    return this.error;
  }

  /** Fetches the module (once; again after a failure); resolves to it, or undefined offline. */
  load(): Promise<M | undefined> {
    if (this.module) return Promise.resolve(this.module);
    if (!this.loading) {
      this.loading = this.importer().then(
        (m) => {
          this.module = m;
          this.error = false;
          this.onLoad?.(m);
          return m;
        },
        () => {
          this.error = true;
          return undefined;
        },
      );
      const loading = this.loading;
      this.wait(loading.then(() => this.loading === loading && (this.loading = undefined)));
    }
    return this.loading;
  }

  /**
   * A press that needs this code (« Commencer », « Répondre au sondage »): `go()` at once when it is
   * here. The first time, the screen stays as it is (the focus too) while the element's status
   * region says it loads; once it has come, `go()` runs — unless `still()` says the screen changed
   * meanwhile (other content, already started). Offline, the message `failed` (a key of the
   * element's catalog) is said as an error, and the next press tries again.
   */
  run(voice: Voice, failed: string, go: () => void, still: () => boolean = () => true): void {
    if (this.module) return go();
    if (this.pending) return;
    const shown = voice.say(voice.t('loading'));
    void this.load().then((here) => {
      voice.unsay(shown);
      if (!still()) return;
      if (here) go();
      else voice.say(voice.t(failed), 'error');
    });
  }
}
