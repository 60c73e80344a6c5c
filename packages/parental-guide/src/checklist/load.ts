/**
 * Fetches and defines `<qd-guide-checklist>`, the printed checklist (a part of the bundle,
 * docs/decisions/0016); its French texts join the guide's catalog. The guide asks for it with the
 * agreement, once the guide is on screen.
 */
import { guideMessages } from '../messages.js';

export type ChecklistModule = typeof import('./checklist.part.js');

export const loadChecklist = (): Promise<ChecklistModule> =>
  import('./checklist.part.js').then((m) => {
    Object.assign(guideMessages.fr, m.checklistFr);
    return m;
  });
