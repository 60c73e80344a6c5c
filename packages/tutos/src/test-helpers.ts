/**
 * Test helpers of this package (browser mode), in the kit's style: mount, wait, query the shadow
 * DOM as a person perceives it (buttons by their visible name), axe, media emulation.
 * Not exported by the package.
 */
import { button, root } from '@quartiers-douai/kit-scripts/testing';
import './define.js';
import './define-library.js';
import './define-maker.js';
import { clone } from './fixtures.js';

export {
  axeViolations,
  button,
  emulate,
  norm,
  q,
  qa,
  root,
  text,
} from '@quartiers-douai/kit-scripts/testing';

type Tag = 'qd-tuto' | 'qd-tuto-library' | 'qd-tuto-maker';
type El<T extends Tag> = HTMLElementTagNameMap[T];

const mounted: HTMLElement[] = [];

export async function mount<T extends Tag>(
  tag: T,
  content: unknown,
  attrs: Record<string, string> = {},
  setup?: (el: El<T>) => void,
): Promise<El<T>> {
  const el = document.createElement(tag) as El<T>;
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  if (content != null) el.content = clone(content);
  setup?.(el);
  document.body.append(el);
  mounted.push(el);
  await settle(el);
  return el;
}

export async function settle(el: HTMLElement & { updateComplete?: Promise<unknown> }) {
  for (let i = 0; i < 3; i++) await el.updateComplete;
}

export function cleanup(): void {
  mounted.splice(0).forEach((e) => e.remove());
}

/** The focused element inside `el`'s shadow root (and nested ones). */
export const focused = (el: Element): Element | null => {
  let a: Element | null = root(el).activeElement;
  while (a?.shadowRoot?.activeElement) a = a.shadowRoot.activeElement;
  return a;
};

export async function click(el: HTMLElement, name: string | RegExp): Promise<void> {
  button(el, name).click();
  await settle(el);
}

export function events<T>(el: Element, name: string): T[] {
  const out: T[] = [];
  el.addEventListener(name, (e) => out.push((e as CustomEvent<T>).detail));
  return out;
}

/** Gives a file to a file input, as a person picking it would. */
export async function pickFile(
  el: HTMLElement & { updateComplete?: Promise<unknown> },
  input: HTMLInputElement,
  file: File,
): Promise<void> {
  const dt = new DataTransfer();
  dt.items.add(file);
  input.files = dt.files;
  input.dispatchEvent(new Event('change', { bubbles: true }));
  await file.arrayBuffer();
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

/** Types `value` in the field `id` (input, then change: the draft is committed). */
export async function fill(el: HTMLElement, id: string, value: string): Promise<void> {
  const f = root(el).querySelector<HTMLInputElement | HTMLTextAreaElement>(`#${id}`);
  if (!f) throw new Error(`no field #${id}`);
  f.value = value;
  f.dispatchEvent(new Event('input', { bubbles: true }));
  f.dispatchEvent(new Event('change', { bubbles: true }));
  await settle(el as HTMLElement & { updateComplete?: Promise<unknown> });
}

/** The APP1 Exif segment of a JPEG, if any, and whether its first IFD points to GPS data. */
export function exifOf(bytes: Uint8Array): { exif: boolean; gps: boolean } {
  let exif = false;
  let gps = false;
  let i = 2;
  while (i + 4 < bytes.length && bytes[i] === 0xff) {
    const marker = bytes[i + 1]!;
    const len = (bytes[i + 2]! << 8) | bytes[i + 3]!;
    if (marker === 0xda) break; // start of the image data
    const head = String.fromCharCode(...bytes.slice(i + 4, i + 10));
    if (marker === 0xe1 && head === 'Exif\0\0') {
      exif = true;
      const t = i + 10;
      const le = bytes[t] === 0x49; // "II": little-endian
      const u16 = (o: number) =>
        le ? bytes[o]! | (bytes[o + 1]! << 8) : (bytes[o]! << 8) | bytes[o + 1]!;
      const u32 = (o: number) => (le ? u16(o) + u16(o + 2) * 65536 : u16(o) * 65536 + u16(o + 2));
      const ifd = t + u32(t + 4);
      for (let k = 0; k < u16(ifd); k++) if (u16(ifd + 2 + k * 12) === 0x8825) gps = true;
    }
    i += 2 + len;
  }
  return { exif, gps };
}

/** The bytes behind a base64 `data:` address. */
export const dataUrlToBytes = (url: string): Uint8Array<ArrayBuffer> =>
  Uint8Array.from(atob(url.slice(url.indexOf(',') + 1)), (c) => c.charCodeAt(0));
