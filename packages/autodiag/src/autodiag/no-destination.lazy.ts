/**
 * What a self-check with a staff code but no `storage="local"` shows its author: the centre's
 * anonymous counts would go nowhere (docs/decisions/0018). Loaded only then.
 */
import { noDestinationPanel } from '@quartiers-douai/core';
import type { TemplateResult } from 'lit';

export function help(): TemplateResult {
  return noDestinationPanel({
    tag: 'qd-autodiag',
    what: 'les comptes anonymes du centre (staff-pin)',
    choices: [
      {
        markup: 'storage="local"',
        effect:
          'la tablette du centre garde les comptes anonymes (niveaux par domaine, sans nom ni date) ; l’équipe les voit et les télécharge avec son code',
      },
      {
        markup: 'sans staff-pin',
        effect: 'pas de comptes du centre : chaque personne voit seulement son propre résultat',
      },
    ],
  });
}
