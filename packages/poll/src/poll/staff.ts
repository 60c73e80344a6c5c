/**
 * The staff panel's code (`staff.part.ts`), fetched when someone opens it, or ahead on a kiosk
 * with a staff code (docs/decisions/0021); tests replace this loader to play an offline tablet.
 */
export type StaffModule = typeof import('./staff.part.js');

export const loadStaff = (): Promise<StaffModule> => import('./staff.part.js');
