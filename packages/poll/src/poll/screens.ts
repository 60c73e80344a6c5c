/**
 * The poll's later screens (`screens.part.ts`, a part of the bundle, docs/decisions/0016): the
 * ranking list, the review, the thank-you screen. Their French texts join the poll's catalog and
 * their styles are kept for the polls' shadow roots when they come (core's `onDemand`: once per
 * page, tried again after a failure). Tests replace this loader.
 */
import type { CSSResult } from 'lit';
import { adoptStylesInto, onDemand } from '@quartiers-douai/core';
import { pollMessages } from '../messages.js';

let styles: CSSResult | undefined;
let code: ScreensModule | undefined;

export type ScreensModule = typeof import('./screens.part.js');

const screens = onDemand(
  () => import('./screens.part.js'),
  (m) => {
    Object.assign(pollMessages.fr, m.screensFr);
    styles = m.screensStyles;
    code = m;
  },
);

/** Whether the later screens are defined. */
export const screensHere = (): boolean => screens.here;

/** The later screens' module, once here (what the form does to the answers comes with it). */
export const screensCode = (): ScreensModule | undefined => code;

/** Fetches the later screens (once per page); rejects offline, and the next call tries again. */
export const loadScreens = (): Promise<ScreensModule> => screens.load();

/** Adds the later screens' styles to a poll's shadow root, once they are here. */
export const adoptScreenStyles = (root: Node): boolean => !!styles && adoptStylesInto(root, styles);
