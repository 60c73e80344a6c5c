/**
 * Printing, the kit's one way (docs/architecture.md, « Contrôleurs »). An element that prints
 * something other than its screen — a checklist, an agreement, a weekly programme, a paper quiz —
 * creates a `PrintController` and renders that document while `printing` is true:
 *
 *     private readonly printer = new PrintController(this, { page: '@page { size: A4; }' });
 *     …
 *     render() { return html`…${this.printer.printing ? this.renderPaper() : nothing}`; }
 *     // the element's own button:
 *     html`<button @click=${() => this.printer.print()}>Imprimer</button>`
 *
 * Printing starts in two ways, with the same result: the element's own button (`print()`), or the
 * browser's menu (Ctrl+P fires `beforeprint`). Either way the controller turns `printing` on and
 * renders the element again (its print CSS can then reach the document, in its own shadow root),
 * adds the `page` rules to the page (shadow CSS cannot set `@page`) and calls `start`; after
 * printing (`afterprint`), it undoes all of it and gives the focus back to where it was when the
 * print dialog took it away (focus on nothing). Only `print()` waits for the element (and for what `start` returns)
 * before the dialog opens, and tells the page with `qd-print` when a `detail` is given: the
 * browser's menu cannot wait.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** What an element prints, besides its print CSS. */
export interface PrintOptions<D = unknown> {
  /**
   * The `detail` of `qd-print` (bubbles, composed), dispatched when the element's own button
   * prints (`print()`); no event without it.
   */
  detail?: D;
  /** CSS for the page itself while printing — `@page` size and margins — that shadow CSS cannot set. */
  page?: string;
  /**
   * Printing starts (button or browser's menu): put in place what prints. A promise it returns is
   * awaited by `print()` before the dialog opens (e.g. the code of the printed document).
   */
  start?: () => unknown;
  /** Printing has ended (or the element left the page meanwhile): undo what `start` did. */
  end?: () => void;
}

/** The element focused now, through open shadow roots. */
function focusedElement(): Element | null {
  let el = document.activeElement;
  while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
  return el;
}

export class PrintController<D = unknown> implements ReactiveController {
  private on = false;
  private sheet?: CSSStyleSheet;
  /** Where the focus was when printing started. */
  private focus: Element | null = null;
  private readonly before = () => void this.begin();
  private readonly after = () => this.finish();

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly options: PrintOptions<D> = {},
  ) {
    host.addController(this);
  }

  /** True from the moment printing starts until it has ended: render the printed document. */
  get printing(): boolean {
    return this.on;
  }

  hostConnected(): void {
    window.addEventListener('beforeprint', this.before);
    window.addEventListener('afterprint', this.after);
  }

  hostDisconnected(): void {
    window.removeEventListener('beforeprint', this.before);
    window.removeEventListener('afterprint', this.after);
    this.finish();
  }

  /**
   * The element's own « Imprimer »: renders the printed document, tells the page (`qd-print`,
   * with `detail`), waits for the element and for `start`, then opens the print dialog.
   */
  async print(): Promise<void> {
    const started = this.begin();
    if (this.options.detail !== undefined)
      this.host.dispatchEvent(
        new CustomEvent<D>('qd-print', {
          bubbles: true,
          composed: true,
          detail: this.options.detail,
        }),
      );
    await started;
    await this.host.updateComplete;
    window.print();
  }

  /** Printing starts (once per printing, whichever way it started). */
  private begin(): unknown {
    if (this.on) return undefined;
    this.on = true;
    this.focus = focusedElement();
    const { page, start } = this.options;
    if (page) {
      this.sheet ??= new CSSStyleSheet();
      this.sheet.replaceSync(page);
      document.adoptedStyleSheets = [...document.adoptedStyleSheets, this.sheet];
    }
    this.host.requestUpdate();
    return start?.();
  }

  /** Printing has ended: the screen as it was, the focus where it was. */
  private finish(): void {
    if (!this.on) return;
    this.on = false;
    const sheet = this.sheet;
    if (sheet) document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== sheet);
    this.options.end?.();
    this.host.requestUpdate();
    const focus = this.focus;
    this.focus = null;
    void this.host.updateComplete.then(() => {
      const now = focusedElement();
      if (focus instanceof HTMLElement && focus.isConnected && (!now || now === document.body))
        focus.focus();
    });
  }
}
