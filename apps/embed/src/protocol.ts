/**
 * The messages between an embed page (in the iframe) and the page of the centre's site (the
 * parent). Version 1. Documented in docs/integrer.md ("Iframe : hauteur automatique").
 *
 *   iframe → parent  { type: 'qd-embed:ready',  version: 1 }                    targetOrigin '*'
 *   parent → iframe  { type: 'qd-embed:hello',  version: 1 }                    targetOrigin = the embed page's origin
 *   iframe → parent  { type: 'qd-embed:resize', version: 1, height, tag }       targetOrigin = the origin that said hello
 *
 * - `ready` carries no data: it only asks "is someone there?", so it may go to any origin.
 * - The iframe answers only a `hello` whose `source` is its own `window.parent` (and whose origin
 *   matches `?parent=` when that parameter is given), and from then on sends `resize` to that
 *   origin only — never to `'*'`.
 * - The parent accepts a message only when its origin is the embed pages' origin and its `source`
 *   is the `contentWindow` of one of its own iframes; it resizes that iframe only.
 * - `height` is the content's height in CSS pixels (an integer > 0); `tag` the element shown.
 */
export const PROTOCOL_VERSION = 1;

export const READY = 'qd-embed:ready';
export const HELLO = 'qd-embed:hello';
export const RESIZE = 'qd-embed:resize';

export interface ReadyMessage {
  type: typeof READY;
  version: number;
}

export interface HelloMessage {
  type: typeof HELLO;
  version: number;
}

export interface ResizeMessage {
  type: typeof RESIZE;
  version: number;
  /** Height of the content, CSS pixels, integer > 0. */
  height: number;
  /** The element shown, e.g. `qd-quiz`. */
  tag: string;
}

export type EmbedMessage = ReadyMessage | HelloMessage | ResizeMessage;

/** Largest height a parent accepts (a broken page must not make an iframe kilometres high). */
export const MAX_HEIGHT = 50_000;

/** `data` is one of our messages (any other postMessage traffic on the page is ignored). */
export function isEmbedMessage(data: unknown): data is EmbedMessage {
  if (typeof data !== 'object' || data === null) return false;
  const d = data as Record<string, unknown>;
  if (d['version'] !== PROTOCOL_VERSION) return false;
  if (d['type'] === READY || d['type'] === HELLO) return true;
  return (
    d['type'] === RESIZE &&
    typeof d['height'] === 'number' &&
    Number.isInteger(d['height']) &&
    d['height'] > 0 &&
    d['height'] <= MAX_HEIGHT &&
    typeof d['tag'] === 'string'
  );
}
