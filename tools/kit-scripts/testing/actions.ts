/**
 * Doing what a person does (press a button, tick a box, type, pick a file) and then waiting until
 * the element has rendered; recording what it gives back (events, downloads).
 */
import { vi } from 'vitest';
import { button, field, root } from './dom.js';
import { settle } from './mount.js';

/** Presses the button named `name` (see `button`), then waits. */
export async function click(el: Element, name: string | RegExp): Promise<void> {
  button(el, name).click();
  await settle(el);
}

/**
 * Ticks (or unticks) the box or radio labelled `label`, as a click would, then waits for `host`
 * (the element itself, or the one it is in: the guide around its agreement).
 */
export async function tick(el: Element, label: string, host: Element = el): Promise<void> {
  field(el, label).click();
  await settle(host);
}

/** Sets the control at `selector` (a value, or checked for `true`/`false`), fires `change`, waits. */
export async function choose(
  el: Element,
  selector: string,
  value: string | boolean,
): Promise<void> {
  const c = root(el).querySelector<HTMLInputElement | HTMLSelectElement>(selector);
  if (!c) throw new Error(`no control ${selector}`);
  if (typeof value === 'boolean') (c as HTMLInputElement).checked = value;
  else c.value = value;
  c.dispatchEvent(new Event('change', { bubbles: true }));
  await settle(el);
}

type TextControl = HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement;

/** Types `value` in a field (its `input` event, still in the field), then waits for `host`. */
export async function type(
  el: Element,
  control: HTMLInputElement | HTMLTextAreaElement,
  value: string,
  host: Element = el,
): Promise<void> {
  control.value = value;
  control.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  await settle(host);
}

/** Types `value` in a field (the control, or its id), then leaves it (`change`), then waits. */
export async function fill(el: Element, control: TextControl, value: string): Promise<void>;
export async function fill(el: Element, id: string, value: string): Promise<void>;
export async function fill(
  el: Element,
  control: TextControl | string,
  value: string,
): Promise<void> {
  const c =
    typeof control === 'string'
      ? root(el).querySelector<TextControl>(`#${CSS.escape(control)}`)
      : control;
  if (!c) throw new Error(`no field #${String(control)}`);
  c.value = value;
  c.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  c.dispatchEvent(new Event('change', { bubbles: true }));
  await settle(el);
}

/** Gives a file to an `<input type="file">` as a person picking it would, then waits. */
export async function pickFile(el: Element, input: HTMLInputElement, file: File): Promise<void> {
  const dt = new DataTransfer();
  dt.items.add(file);
  input.files = dt.files;
  input.dispatchEvent(new Event('change', { bubbles: true }));
  // The element reads the file asynchronously: read it too (it resolves with the element's read),
  // then leave time for what the element does with it.
  await file.arrayBuffer();
  await new Promise((r) => setTimeout(r, 50));
  await settle(el);
}

/** The `detail` of every `name` event the element fires from now on. */
export function events<T>(el: Element, name: string): T[] {
  const out: T[] = [];
  el.addEventListener(name, (e) => out.push((e as CustomEvent<T>).detail));
  return out;
}

/** Waits until `ok()` (media events come in their own time); fails with `why` after `ms`. */
export async function until(ok: () => boolean, why: string, ms = 5000): Promise<void> {
  const end = performance.now() + ms;
  while (!ok()) {
    if (performance.now() > end) throw new Error(`still waiting: ${why}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

/** One macrotask (not a timer, so it also works under `vi.useFakeTimers()`). */
export const nextTask = (): Promise<void> =>
  new Promise<void>((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(null);
  });

/** Lets pending promise callbacks and tasks (a resolved fetch, `res.text()`) run. */
export async function flushPromises(rounds = 3): Promise<void> {
  for (let i = 0; i < rounds; i++) await nextTask();
}

/** A file the element offered for download. */
export interface Download {
  name: string;
  blob: Blob;
  text: Promise<string>;
}

/**
 * Catches what the element offers as a download (an `<a download>` to a `blob:` address, as
 * core's `saveFile` does): its name, its Blob and its text; the download itself does not happen.
 * `restore()` (or `vi.restoreAllMocks()`) puts things back.
 */
export function captureDownloads(): { files: Download[]; restore: () => void } {
  const files: Download[] = [];
  const blobs = new Map<string, Blob>();
  const create = URL.createObjectURL.bind(URL);
  const realClick = HTMLAnchorElement.prototype.click;
  const url = vi.spyOn(URL, 'createObjectURL').mockImplementation((b) => {
    const address = create(b);
    if (b instanceof Blob) blobs.set(address, b);
    return address;
  });
  const anchor = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
    this: HTMLAnchorElement,
  ) {
    const blob = blobs.get(this.href);
    if (this.download && blob) files.push({ name: this.download, blob, text: blob.text() });
    else realClick.call(this);
  });
  return {
    files,
    restore: () => {
      url.mockRestore();
      anchor.mockRestore();
    },
  };
}

/**
 * Nobody touches the shared screen for `seconds` (the kiosk reset, core's `kiosk-timeout`). The
 * first call switches to fake timers and presses a key (the count starts afresh from now); each
 * call lets the time pass, then waits until the element has rendered. `cleanup()` brings the real
 * timers back. Mount every element first: the kiosk code must be here.
 */
export async function leaveAlone(el: Element, seconds: number): Promise<void> {
  if (!vi.isFakeTimers()) {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval'] });
    el.dispatchEvent(new KeyboardEvent('keydown', { key: 'Shift', bubbles: true, composed: true }));
  }
  vi.advanceTimersByTime(seconds * 1000);
  await settle(el);
}
