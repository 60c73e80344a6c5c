import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** `qd-print`: the page is about to print the checklist or the family agreement. */
export interface PrintDetail {
  document: 'checklist' | 'pact';
}

/**
 * Print, the kit's way: `on` is true while the browser prints (Ctrl+P fires `beforeprint`) or
 * after `print()` (the element's own button), so the element renders its printable document
 * where its print CSS can reach it; `qd-print` tells the page. (A candidate for core.)
 */
export class PrintController implements ReactiveController {
  on = false;
  private readonly before = () => this.set(true);
  private readonly after = () => this.set(false);

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly doc: PrintDetail['document'],
  ) {
    host.addController(this);
  }

  private set(on: boolean): void {
    this.on = on;
    this.host.requestUpdate();
  }

  hostConnected(): void {
    window.addEventListener('beforeprint', this.before);
    window.addEventListener('afterprint', this.after);
  }

  hostDisconnected(): void {
    window.removeEventListener('beforeprint', this.before);
    window.removeEventListener('afterprint', this.after);
  }

  /** Renders the printable document, tells the page (`qd-print`), then opens the print dialog. */
  print(): void {
    this.set(true);
    this.host.dispatchEvent(
      new CustomEvent<PrintDetail>('qd-print', {
        bubbles: true,
        composed: true,
        detail: { document: this.doc },
      }),
    );
    void this.host.updateComplete.then(() => window.print());
  }
}
