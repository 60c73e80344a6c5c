/** The staff panel, fetched when someone opens it (docs/decisions/0012); tests replace this loader. */
export type StaffModule = typeof import('./staff.lazy.js');
export type { StaffPanel } from './staff.lazy.js';

export const loadStaff = (): Promise<StaffModule> => import('./staff.lazy.js');

/**
 * A kiosk with a staff code fetches the panel's file ahead, once the poll is shown: the panel then
 * opens even if the connection drops later (README: "marche sans internet une fois la page
 * chargée"). A failure is silent here; opening the panel tries again and says so.
 */
export const prefetchStaff = (): void => void import('./staff.lazy.js').catch(() => undefined);
