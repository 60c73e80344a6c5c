/**
 * The staff area of an element (docs/decisions/0021): the element that has one creates
 *
 *     private readonly staff = new StaffPanelController(this, this.voice, {
 *       load: () => import('./staff.part.js'),   // its panel: a `StaffPanel` (core/staff-panel)
 *       pin: () => this.staffPin,
 *       locale: () => this.i18n.locale,
 *       view: () => ({ … what the panel shows … }),
 *       close: () => this.toStart(),             // back to the first screen, focus included
 *       empty: () => this.box?.clear(),
 *     });
 *
 * then calls `staff.open()` on « Espace équipe » and renders `staff.panel() ?? loadingPanel(…)`
 * while `staff.isOpen`. The panel's code comes through a `LoadController` on first opening (or
 * ahead, `prefetch()`, on a kiosk that must go on offline); while it comes, `updateComplete` waits.
 * If it cannot come (offline), the element goes back to its first screen and its status region
 * says so (`staffFailed`, a text of the element's catalog); pressing again tries again.
 */
import type { ReactiveController, ReactiveElement } from 'lit';
import { LoadController } from '../element/load-controller.js';
import type { PendingWork } from '../element/pending.js';
import type { Voice } from '../element/voice.js';
import type { Locale } from '../i18n/i18n.js';
import type { StaffPanel } from './staff-panel.js';

/** The module of a prototype's panel: its panel element is its default export (defined by it). */
export interface StaffPanelModule<V> {
  default: new () => StaffPanel<V>;
}

export interface StaffPanelOptions<V> {
  /** Fetches the panel's code (tests replace it to play an offline tablet). */
  load: () => Promise<StaffPanelModule<V>>;
  /** The staff code; none: the panel opens without asking for one. */
  pin: () => string | undefined;
  /** The panel's language (the element's). */
  locale: () => Locale;
  /** What the panel shows, read at each render of the element. */
  view: () => V;
  /** Leaves the staff area: the element goes back to its first screen. */
  close: () => void;
  /** Empties what this device kept (the panel asked for a confirmation first). */
  empty: () => void;
}

export class StaffPanelController<V> implements ReactiveController, PendingWork {
  private readonly code: LoadController<StaffPanelModule<V>>;
  private shown = false;
  private element?: StaffPanel<V>;
  /** The code asked for ahead (`prefetch`), which opening takes if it is still coming. */
  private ahead?: Promise<StaffPanelModule<V>>;

  constructor(
    private readonly host: ReactiveElement,
    private readonly voice: Voice,
    private readonly options: StaffPanelOptions<V>,
  ) {
    this.code = new LoadController(host, () => this.ahead ?? options.load());
    host.addController(this);
  }

  /** The panel's first render (its focus) is part of the element's pending work. */
  get pending(): Promise<unknown> | undefined {
    return this.element?.isUpdatePending ? this.element.updateComplete : undefined;
  }

  /** The staff area is open (the panel, or its loading message, replaces the element's screen). */
  get isOpen(): boolean {
    return this.shown;
  }

  /**
   * Fetches the panel's code ahead, in the background (the element's `updateComplete` does not
   * wait for it); a failure is silent here (opening tries again and says so).
   */
  prefetch(): void {
    if (this.ahead || this.code.value) return;
    const ahead = (this.ahead = this.options.load());
    ahead.catch(() => this.ahead === ahead && (this.ahead = undefined));
  }

  /** « Espace équipe »: the panel, once its code is here (it asks for the code first). */
  async open(): Promise<void> {
    this.shown = true;
    this.element = undefined;
    this.host.requestUpdate();
    const here = await this.code.load();
    if (here || !this.shown) return;
    console.warn('[quartiers-douai] espace équipe : code non chargé (hors ligne ?)');
    this.close();
    this.options.close();
    this.voice.say(this.voice.t('staffFailed'), 'error');
  }

  /** Closes the staff area (the next opening asks for the code again). */
  close(): void {
    if (!this.shown) return;
    this.shown = false;
    this.element = undefined;
    this.host.requestUpdate();
  }

  /** The panel to render, up to date; undefined while its code comes (show a loading message). */
  panel(): StaffPanel<V> | undefined {
    const m = this.code.value;
    if (!this.shown || !m) return undefined;
    const p = (this.element ??= new m.default());
    p.pin = this.options.pin();
    p.locale = this.options.locale();
    p.view = this.options.view();
    p.controls ??= {
      leave: () => {
        this.close();
        this.options.close();
      },
      empty: () => this.options.empty(),
      say: (text) => this.voice.say(text),
    };
    return p;
  }

  hostConnected?(): void; // (no lifecycle of its own)
}
