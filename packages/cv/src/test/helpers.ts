/** Test helpers shared by the element tests: mount, settle, query as a user perceives, axe. */
import axe from 'axe-core';
import { afterEach } from 'vitest';
import { clone } from '../fixtures.js';
import type { CvInput } from '../schema.js';

const mounted: HTMLElement[] = [];

afterEach(() => {
  mounted.splice(0).forEach((e) => e.remove());
  document.getElementById('qd-cv-print-root')?.remove();
  localStorage.clear();
  sessionStorage.clear();
});

type Updatable = HTMLElement & { updateComplete: Promise<boolean>; content?: unknown };

export async function mount<T extends Updatable>(
  tag: 'qd-cv-builder' | 'qd-cv-preview',
  content: CvInput | undefined,
  attrs: Record<string, string> = {},
  setup?: (el: T) => void,
): Promise<T> {
  const el = document.createElement(tag) as unknown as T;
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  if (content) el.content = clone(content);
  setup?.(el);
  document.body.append(el);
  mounted.push(el);
  await settle(el);
  return el;
}

/** Waits for the element and the previews inside it to finish rendering. */
export async function settle(el: Updatable): Promise<void> {
  for (let i = 0; i < 3; i++) {
    await el.updateComplete;
    for (const p of el.shadowRoot?.querySelectorAll<Updatable>('qd-cv-preview') ?? [])
      await p.updateComplete;
  }
}

export const root = (el: HTMLElement) => el.shadowRoot!;
export const q = <T extends Element = HTMLElement>(el: HTMLElement, sel: string) =>
  root(el).querySelector<T>(sel);
export const qa = <T extends Element = HTMLElement>(el: HTMLElement, sel: string) => [
  ...root(el).querySelectorAll<T>(sel),
];
export const text = (node: Element | ShadowRoot | null | undefined) =>
  (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
export const focused = (el: HTMLElement) => root(el).activeElement as HTMLElement | null;

/** A button by its visible text (exact, or a pattern). */
/** Visible text without the parts hidden from assistive technologies (icons). */
export function label(node: Element): string {
  const c = node.cloneNode(true) as Element;
  c.querySelectorAll('[aria-hidden="true"]').forEach((x) => x.remove());
  return text(c);
}

export function button(el: HTMLElement, name: string | RegExp): HTMLButtonElement {
  const b = qa<HTMLButtonElement>(el, 'button').find((x) => {
    const t = label(x);
    return typeof name === 'string' ? t === name : name.test(t);
  });
  if (!b)
    throw new Error(
      `no button "${name}" in: ${qa(el, 'button')
        .map((x) => text(x))
        .join(' | ')}`,
    );
  return b;
}

export async function click(el: Updatable, name: string | RegExp): Promise<void> {
  button(el, name).click();
  await settle(el);
}

/** The form control labelled `label` (its <label for>). */
export function field<T extends HTMLElement = HTMLInputElement>(
  el: HTMLElement,
  label: string,
  nth = 0,
): T {
  const labels = qa<HTMLLabelElement>(el, 'label[for]').filter((l) => text(l) === label);
  const l = labels[nth];
  if (!l)
    throw new Error(
      `no field "${label}" in: ${qa(el, 'label[for]')
        .map((x) => text(x))
        .join(' | ')}`,
    );
  return q<T>(el, `#${CSS.escape(l.htmlFor)}`)!;
}

/** Types a value like a user (input events), then leaves the field (change). */
export async function fill(
  el: Updatable,
  control: HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement,
  value: string,
): Promise<void> {
  control.value = value;
  control.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  control.dispatchEvent(new Event('change', { bubbles: true }));
  await settle(el);
}

/** The preview's CV sheet inside an element (the builder's live preview, or the preview itself). */
export function sheet(el: HTMLElement): HTMLElement | null {
  const preview = el.localName === 'qd-cv-preview' ? el : q(el, 'qd-cv-preview');
  return preview?.shadowRoot?.querySelector<HTMLElement>('[part="cv"]') ?? null;
}

export async function axeViolations(el: HTMLElement): Promise<string[]> {
  const r = await axe.run(el, {
    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
  });
  return r.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/** A file picked in an `<input type="file">`, as the browser does it. */
export async function pickFile(el: Updatable, input: HTMLInputElement, file: File): Promise<void> {
  const dt = new DataTransfer();
  dt.items.add(file);
  input.files = dt.files;
  input.dispatchEvent(new Event('change', { bubbles: true }));
  // The element reads the file asynchronously: read it too (it resolves with the element's read),
  // then leave time for what the element does with it.
  await file.text();
  await new Promise((r) => setTimeout(r, 50));
  await settle(el);
}

/** Captures what the element offers as a download (the file's name and text). */
export function captureDownloads(): {
  files: Array<{ name: string; text: Promise<string> }>;
  restore: () => void;
} {
  const files: Array<{ name: string; text: Promise<string> }> = [];
  const blobs = new Map<string, Blob>();
  const create = URL.createObjectURL;
  const click = HTMLAnchorElement.prototype.click;
  URL.createObjectURL = (b: Blob | MediaSource) => {
    const url = create(b as Blob);
    blobs.set(url, b as Blob);
    return url;
  };
  HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
    const blob = blobs.get(this.href);
    if (this.download && blob) files.push({ name: this.download, text: blob.text() });
    else click.call(this);
  };
  return {
    files,
    restore: () => {
      URL.createObjectURL = create;
      HTMLAnchorElement.prototype.click = click;
    },
  };
}
