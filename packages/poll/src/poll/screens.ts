/**
 * The poll's later screens (`screens.part.ts`, a part of the bundle, docs/decisions/0016): the
 * ranking list, the review, the thank-you screen. Their French texts join the poll's catalog when
 * they come. Tests replace this loader.
 */
import type { CSSResult } from 'lit';
import { pollMessages } from '../messages.js';

let here = false;
let styles: CSSResult | undefined;

/** Whether the later screens are defined. */
export const screensHere = (): boolean => here;

/** Fetches the later screens (once): true when here, false when they could not come (offline). */
export function loadScreens(): Promise<boolean> {
  return (loading ??= import('./screens.part.js').then(
    (m) => {
      Object.assign(pollMessages.fr, m.screensFr);
      styles = m.screensStyles;
      return (here = true);
    },
    (error: unknown) => {
      console.warn(error);
      loading = undefined; // (the next call tries again)
      return false;
    },
  ));
}
let loading: Promise<boolean> | undefined;

/**
 * Adds the later screens' styles to a poll's shadow root (once they are here): a constructed
 * style sheet, or a `<style>` where the browser has none (as Lit itself does).
 */
export function adoptScreenStyles(root: Node): boolean {
  if (!styles || !(root instanceof ShadowRoot)) return false;
  const sheet = styles.styleSheet;
  if (sheet) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  else {
    const style = document.createElement('style');
    style.textContent = styles.cssText;
    root.append(style);
  }
  return true;
}
