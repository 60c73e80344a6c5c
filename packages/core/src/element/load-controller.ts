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
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { PendingWork } from './pending.js';

export interface LoadOptions<M> {
  /** Runs once the module is here, before the element renders again. */
  onLoad?: (module: M) => void;
  /** While loading, the element shows its loading message instead of its content. */
  holds?: boolean;
}

export class LoadController<M> implements ReactiveController, PendingWork {
  private module?: M;
  private loading?: Promise<M | undefined>;
  private error = false;
  readonly holds: boolean;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly importer: () => Promise<M>,
    private readonly options: LoadOptions<M> = {},
  ) {
    this.holds = options.holds ?? false;
    host.addController(this);
  }

  /** The module, once it has come. */
  get value(): M | undefined {
    return this.module;
  }

  /** The last attempt failed (offline): `load()` tries again. */
  get failed(): boolean {
    return this.error;
  }

  get pending(): Promise<unknown> | undefined {
    return this.loading;
  }

  /** Fetches the module (once; again after a failure); resolves to it, or undefined offline. */
  load(): Promise<M | undefined> {
    if (this.module) return Promise.resolve(this.module);
    this.loading ??= this.importer().then(
      (m) => {
        this.module = m;
        this.error = false;
        this.options.onLoad?.(m);
        return this.settle(m);
      },
      () => {
        this.error = true;
        return this.settle(undefined);
      },
    );
    return this.loading;
  }

  private settle(m: M | undefined): M | undefined {
    this.loading = undefined;
    this.host.requestUpdate();
    return m;
  }

  hostConnected?(): void; // (a controller with no lifecycle of its own)
}
