/**
 * The staff panel (`staff-panel.part.ts`), fetched when someone opens « Espace équipe »
 * (docs/decisions/0016): residents never download it. Tests replace this loader.
 */
export type StaffModule = typeof import('./staff-panel.part.js');

export const loadStaff = (): Promise<StaffModule> => import('./staff-panel.part.js');
