import type { Problem } from './problems.js';

/** What a wrong file's panel says when its explanations cannot be fetched (offline). */
export const EXPLANATIONS_UNAVAILABLE: Problem = {
  path: '',
  message:
    "le fichier contient des erreurs, mais leur explication n'a pas pu être chargée : vérifiez la connexion internet et rechargez la page",
};

export type ExplainModule = typeof import('./explain.lazy.js');

/**
 * The French explanations of a wrong file (`explain.lazy.ts`), fetched on first need
 * (docs/decisions/0012); `undefined` when they cannot be fetched. Never rejects.
 */
export function loadExplanations(): Promise<ExplainModule | undefined> {
  return import('./explain.lazy.js').catch(() => undefined);
}
