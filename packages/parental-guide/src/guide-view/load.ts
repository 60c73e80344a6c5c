/**
 * Fetches and defines `<qd-guide-view>`, the personalised guide's cards (a part of the bundle,
 * docs/decisions/0016). The guide asks for it ahead, as soon as the questions begin.
 */
export type GuideViewModule = typeof import('./guide-view.part.js');

export const loadGuideView = (): Promise<GuideViewModule> => import('./guide-view.part.js');
