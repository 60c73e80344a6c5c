/**
 * What a controller may say through its element (docs/architecture.md): a UI string in the
 * element's language, and a message in the element's status region (`role="status"`). The base
 * element gives its own (`this.voice`); a controller never reaches into the element's privates.
 */
import type { Params } from '../i18n/i18n.js';
import type { Notice } from './attributes.js';

export interface Voice {
  /** A UI string (the element's catalog, then core's), in the element's language. */
  t(key: string, params?: Params): string;
  /** Shows and announces a message (an empty text clears the region); gives it, to take it back. */
  say(text: string, kind?: 'info' | 'error'): Notice | undefined;
  /** Takes a message back, if it is still the one shown (another said since stays). */
  unsay(notice: Notice | undefined): void;
}
