/**
 * The poll's later screens (`screens.part.ts`, a part of the bundle, docs/decisions/0016): the
 * ranking list, the review, the thank-you screen. Their French texts join the poll's catalog when
 * they come. Tests replace this loader.
 */
import type { CSSResult } from 'lit';
import { adoptStylesInto } from '@quartiers-douai/core';
import { pollMessages } from '../messages.js';

let styles: CSSResult | undefined;

export type ScreensModule = typeof import('./screens.part.js');

/** Whether the later screens are defined. */
export const screensHere = (): boolean => !!styles;

/**
 * Fetches the later screens (once per page); rejects when they could not come (offline), and the
 * next call tries again.
 */
export function loadScreens(): Promise<ScreensModule> {
  return (loading ??= import('./screens.part.js').then(
    (m) => {
      Object.assign(pollMessages.fr, m.screensFr);
      styles = m.screensStyles;
      return m;
    },
    (error: unknown) => {
      console.warn(error);
      loading = undefined; // (the next call tries again)
      throw error;
    },
  ));
}
let loading: Promise<ScreensModule> | undefined;

/** Adds the later screens' styles to a poll's shadow root, once they are here. */
export const adoptScreenStyles = (root: Node): boolean => !!styles && adoptStylesInto(root, styles);
