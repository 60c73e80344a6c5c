/** The staff panel, fetched when someone opens it (docs/decisions/0012); tests replace this loader. */
export type StaffModule = typeof import('./staff.lazy.js');
export type { StaffPanel } from './staff.lazy.js';

export const loadStaff = (): Promise<StaffModule> => import('./staff.lazy.js');
