/**
 * The first screen of a big element, built in short tasks (Total Blocking Time, docs/quality.md
 * gate 7): a page with four CV builders or four procedure simulators never holds the main thread
 * for one long task while they first render.
 *
 *     private readonly build = new ProgressiveBuild(this, ['top', 'form', 'fields', 'whole']);
 *     …
 *     renderContent() {
 *       return html`${this.build.done ? nothing : loadingPanel(false, this.tr)}
 *         <div ?hidden=${!this.build.done}>
 *           ${this.build.has('top') ? this.renderTop() : nothing}
 *           …`;
 *     }
 *
 * The element names the parts of its first screen, top to bottom. Its first render shows none of
 * them; each later task adds the next one (`has(part)` turns true), until the last: then the build
 * is `done`. The element keeps what is built hidden, with its loading message, until it is done —
 * no half-built screen, no layout shift — and every render after is whole (the build never starts
 * again). A render that reads the build (`has`, `done`) asks for its next part: the build starts
 * when the element first shows its content, not while it shows a loading or error panel.
 *
 * Its pending work (the next part, while it waits for its task) is the element's: `updateComplete`
 * resolves once the first screen is whole (element/pending.ts).
 */
import type { ReactiveControllerHost } from 'lit';
import { nextTask } from '../util/next-task.js';
import { WaitController } from './pending.js';

export class ProgressiveBuild<P extends string = string> extends WaitController {
  /** How many parts are built. */
  private built = 0;
  /** The last render read the build: it shows the content being built. */
  private asked = false;

  constructor(
    host: ReactiveControllerHost,
    /** The parts of the first screen, in the order they are added (one task each). */
    private readonly parts: readonly P[],
  ) {
    super(host);
  }

  /** Part `part` is built (and every part before it). */
  has(part: P): boolean {
    this.asked = true;
    return this.built > this.parts.indexOf(part);
  }

  /** Every part is built: the first screen may show. */
  get done(): boolean {
    this.asked = true;
    return this.built >= this.parts.length;
  }

  /** After a render that read the build: the next part, in a task of its own. */
  hostUpdated(): void {
    const asked = this.asked;
    this.asked = false;
    if (asked && !this.pending && this.built < this.parts.length)
      this.wait(nextTask().then(() => this.built++)); // (then the host renders again)
  }
}
