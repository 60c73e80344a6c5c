/**
 * Work an element waits for before it has settled (docs/architecture.md, « Contrôleurs »).
 *
 * A controller that has work in progress — a file loaded on demand, a store being opened, the
 * language files of the page — exposes it as one promise, `pending` (Lit's `Task` and its
 * `taskComplete` are the model). The base element awaits the pending work of the controllers
 * registered on it, whatever they are, before `updateComplete` resolves; a controller whose work
 * `holds` the first screen makes the element show its loading message instead of its content
 * meanwhile. Nothing else is counted: no per-element wait field.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export interface PendingWork {
  /** The work in progress, if any; settled (resolved or rejected) when it is done. */
  readonly pending: Promise<unknown> | undefined;
  /** While `pending`, the element shows its loading message instead of its content. */
  readonly holds?: boolean;
}

/** Does this controller say what it is waiting for? */
export const hasPendingWork = (c: ReactiveController): c is ReactiveController & PendingWork =>
  'pending' in c;

/**
 * Waits for promises on behalf of its host: `wait(work)` makes them its host's pending work (and,
 * with `holds`, keeps the host's first screen on its loading message), and asks the host to render
 * again once they are done. The latest `wait` wins: an earlier one settling later changes nothing.
 */
export class WaitController<H extends ReactiveControllerHost = ReactiveControllerHost>
  implements ReactiveController, PendingWork
{
  private current?: Promise<unknown>;

  constructor(
    protected readonly host: H,
    readonly holds = false,
  ) {
    host.addController(this);
  }

  get pending(): Promise<unknown> | undefined {
    return this.current;
  }

  /**
   * Waits for `work` (its failure is the caller's to report: here it only ends the wait); without
   * `work`, stops waiting at once.
   */
  wait(work?: Promise<unknown>): void {
    const done: Promise<unknown> | undefined = work?.then(
      () => this.release(done),
      () => this.release(done),
    );
    this.current = done;
  }

  private release(done: Promise<unknown> | undefined): void {
    if (this.current !== done) return;
    this.current = undefined;
    this.host.requestUpdate();
  }

  hostConnected?(): void; // (a controller with no lifecycle of its own)
}

/**
 * The controllers of an element that have pending work, kept by the base element as they are
 * added (`addController`): `settle()` waits until none has work left and no render is pending.
 */
export class PendingWorks {
  private readonly works = new Set<PendingWork>();

  add(c: ReactiveController): void {
    if (hasPendingWork(c)) this.works.add(c);
  }

  /** Some work in progress keeps the first screen on its loading message. */
  get holding(): boolean {
    return [...this.works].some((c) => c.holds && !!c.pending);
  }

  /** Waits for every controller's work, and for `update()` (Lit's own `getUpdateComplete`), until all is quiet. */
  async settle(update: () => Promise<boolean>): Promise<boolean> {
    let settled = await update();
    const work = () => [...this.works].flatMap((c) => (c.pending ? [c.pending] : []));
    for (let w = work(); w.length > 0 || !settled; w = work()) {
      await Promise.allSettled(w);
      settled = await update();
    }
    return settled;
  }
}
