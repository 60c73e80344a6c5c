import type { Messages } from '@quartiers-douai/core';

/** UI strings of `<qd-__element__>` (core's own — loading, errors, « Facile à lire », « Écouter » — come after). */
export type __Name__Key = 'continue' | 'restart' | 'step';

export const __camel__Messages: Messages<__Name__Key> = {
  fr: {
    continue: 'Continuer',
    restart: 'Recommencer',
    step: 'Étape {n} sur {total}',
  },
  // English and Arabic are separate files, fetched only by pages in those languages (ADR 0012).
  load: {
    en: () => import('./messages.en.js').then((m) => m.default),
    ar: () => import('./messages.ar.js').then((m) => m.default),
  },
};
