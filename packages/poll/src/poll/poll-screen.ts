/**
 * What every later screen of the poll (`screens.part.ts`, docs/decisions/0016) shares: the poll's
 * translator, language, easy-read state and inline rich text, as reactive properties, and no
 * shadow root of its own (the poll's styles, ids and focus reach inside).
 */
import { LitElement, type PropertyDeclarations } from 'lit';
import type { Params } from '@quartiers-douai/core';
import type { PollKey } from '../messages.js';

export type Translate = (key: PollKey, params?: Params) => string;
export type Inline = (text: string | undefined, easy?: string) => unknown;
export type Plain = (text: string | undefined, easy?: string) => string;

/**
 * What every later screen receives from the poll. Everything is a reactive property, callbacks
 * too: Lit keeps what was set on an element before its definition came.
 */
export abstract class PollScreen extends LitElement {
  static override properties: PropertyDeclarations = {
    t: { attribute: false },
    inline: { attribute: false },
    locale: { attribute: false },
    easy: { attribute: false },
  };

  /** The poll's translator (its language, its catalogs). */
  t: Translate = () => '';
  /** The poll's language and easy-read state: a change renders again. */
  locale = 'fr';
  easy = false;
  /** The poll's inline rich text (easy-read variant when it is on). */
  inline: Inline = (text) => text;

  /** Rendered in the poll's shadow root (its styles and ids apply). */
  protected override createRenderRoot(): HTMLElement {
    return this;
  }
}
