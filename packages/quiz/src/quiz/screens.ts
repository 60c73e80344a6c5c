/**
 * The quiz's screens after its start (`screens.part.ts`, a part of the bundle,
 * docs/decisions/0016): the questions and the result. Their French texts join the quiz's catalog
 * when they come. Tests replace this loader.
 */
import { quizMessages } from '../messages.js';

export type ScreensModule = typeof import('./screens.part.js');

let here = false;

/** Whether the screens are here (defined, their texts in the catalog). */
export const screensHere = (): boolean => here;

/**
 * Fetches the screens (once per page); rejects when they could not come (offline), and the next
 * call tries again.
 */
export function loadScreens(): Promise<ScreensModule> {
  return (loading ??= import('./screens.part.js').then(
    (m) => {
      Object.assign(quizMessages.fr, m.screensFr);
      here = true;
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
