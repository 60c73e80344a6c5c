/**
 * Printing (print/print-controller.ts), on a small element that prints a "paper" version of itself:
 * what is rendered while printing, from the element's own button and from the browser's menu
 * (Ctrl+P), the page rules, the `qd-print` event, the state and the focus after printing.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { LitElement, html, nothing, type TemplateResult } from 'lit';
import {
  button,
  cleanup,
  deepActiveElement,
  emulate,
  events,
  mount,
  settle,
  shadow,
} from '@quartiers-douai/kit-scripts/testing';
import { PrintController, type PrintOptions } from './print-controller.js';

/** What the test element's controller is made with (set before each mount). */
let options: PrintOptions<{ document: string }> = {};

class PrintDemo extends LitElement {
  readonly printer = new PrintController(this, options);
  override render(): TemplateResult {
    return html`<p class="screen">À l'écran</p>
      <button type="button" @click=${() => void this.printer.print()}>Imprimer</button>
      ${this.printer.printing ? html`<section class="paper"><h2>Version papier</h2></section>` : nothing}`;
  }
}
customElements.define('qd-print-demo', PrintDemo);
declare global {
  interface HTMLElementTagNameMap {
    'qd-print-demo': PrintDemo;
  }
}

const paper = (el: Element) => shadow(el).querySelector('.paper');
/** The page rules added to the document, as text. */
const pageRules = () =>
  document.adoptedStyleSheets.flatMap((s) => [...s.cssRules].map((r) => r.cssText)).join('\n');

afterEach(async () => {
  window.dispatchEvent(new Event('afterprint'));
  cleanup();
  vi.restoreAllMocks();
  options = {};
  await emulate({ media: null });
});

describe('PrintController · the element’s own button', () => {
  it('renders the printed document before the dialog opens, tells the page (qd-print), then the screen comes back', async () => {
    let atDialog: Element | null = null;
    const print = vi.spyOn(window, 'print').mockImplementation(() => {
      atDialog = paper(el);
    });
    options = { detail: { document: 'paper' } };
    const el = await mount('qd-print-demo');
    const told = events<{ document: string }>(document.body, 'qd-print');
    expect(paper(el), 'nothing printed on screen').toBeNull();

    button(el, 'Imprimer').click();
    await settle(el);
    expect(print).toHaveBeenCalledTimes(1);
    expect(atDialog, 'the document is there when the dialog opens').not.toBeNull();
    expect(told, 'bubbles out of the shadow root, once').toEqual([{ document: 'paper' }]);
    expect(el.printer.printing).toBe(true);

    window.dispatchEvent(new Event('afterprint'));
    await settle(el);
    expect(el.printer.printing).toBe(false);
    expect(paper(el)).toBeNull();
  });

  it('waits for what `start` returns (the printed document’s code) before the dialog opens', async () => {
    let arrive!: () => void;
    const code = new Promise<void>((r) => (arrive = r));
    const print = vi.spyOn(window, 'print').mockImplementation(() => {});
    options = { start: () => code };
    const el = await mount('qd-print-demo');
    const printing = el.printer.print();
    await settle(el);
    expect(print, 'not before the code is here').not.toHaveBeenCalled();
    arrive();
    await printing;
    expect(print).toHaveBeenCalledTimes(1);
  });

  it('starts once when the browser fires beforeprint during its own print (start, event, page rules)', async () => {
    const start = vi.fn();
    options = { start, detail: { document: 'paper' }, page: '@page { size: A4; margin: 12mm; }' };
    vi.spyOn(window, 'print').mockImplementation(() => {
      window.dispatchEvent(new Event('beforeprint'));
    });
    const el = await mount('qd-print-demo');
    const told = events(document.body, 'qd-print');
    await el.printer.print();
    expect(start).toHaveBeenCalledTimes(1);
    expect(told).toHaveLength(1);
    expect(pageRules().match(/@page/g)).toHaveLength(1);
  });

  it('no `detail`: no qd-print event', async () => {
    vi.spyOn(window, 'print').mockImplementation(() => {});
    const el = await mount('qd-print-demo');
    const told = events(document.body, 'qd-print');
    await el.printer.print();
    expect(told).toEqual([]);
  });
});

describe('PrintController · the browser’s menu (Ctrl+P)', () => {
  it('renders the printed document, adds the page rules and calls `start`; afterprint undoes it all (`end`)', async () => {
    const start = vi.fn();
    const end = vi.fn();
    options = {
      start,
      end,
      detail: { document: 'paper' },
      page: '@page { size: A4; margin: 12mm; }',
    };
    const el = await mount('qd-print-demo');
    const told = events(document.body, 'qd-print');

    window.dispatchEvent(new Event('beforeprint'));
    await settle(el);
    await emulate({ media: 'print' });
    expect(paper(el)?.textContent).toContain('Version papier');
    expect(pageRules()).toContain('margin: 12mm');
    expect(start).toHaveBeenCalledTimes(1);
    expect(told, 'the event is for the element’s own button').toEqual([]);

    window.dispatchEvent(new Event('afterprint'));
    await settle(el);
    expect(paper(el)).toBeNull();
    expect(pageRules()).not.toContain('@page');
    expect(end).toHaveBeenCalledTimes(1);
  });

  it('an element that has left the page stops listening, and undoes its page rules', async () => {
    const start = vi.fn();
    const end = vi.fn();
    options = { start, end, page: '@page { size: A4; }' };
    const el = await mount('qd-print-demo');
    window.dispatchEvent(new Event('beforeprint'));
    el.remove();
    expect(end).toHaveBeenCalledTimes(1);
    expect(pageRules()).not.toContain('@page');
    window.dispatchEvent(new Event('beforeprint'));
    expect(start).toHaveBeenCalledTimes(1);
    expect(el.printer.printing).toBe(false);
  });
});

describe('PrintController · focus after printing', () => {
  it('gives the focus back to the button when the print dialog took it away', async () => {
    const el = await mount('qd-print-demo');
    vi.spyOn(window, 'print').mockImplementation(() => {
      (deepActiveElement() as HTMLElement | null)?.blur(); // the dialog has the focus
    });
    const b = button(el, 'Imprimer');
    b.focus();
    b.click();
    await settle(el);
    expect(deepActiveElement()).not.toBe(b);
    window.dispatchEvent(new Event('afterprint'));
    await settle(el);
    expect(deepActiveElement()).toBe(b);
  });

  it('leaves the focus alone when it was not lost, and when what had it is gone', async () => {
    const el = await mount('qd-print-demo');
    const other = document.createElement('button');
    other.textContent = 'Ailleurs';
    document.body.append(other);
    button(el, 'Imprimer').focus();
    window.dispatchEvent(new Event('beforeprint'));
    await settle(el);
    other.focus(); // (the page moved it on purpose)
    window.dispatchEvent(new Event('afterprint'));
    await settle(el);
    expect(deepActiveElement()).toBe(other);

    window.dispatchEvent(new Event('beforeprint'));
    other.remove();
    window.dispatchEvent(new Event('afterprint'));
    await settle(el);
    expect(deepActiveElement()).toBe(document.body);
  });
});
