/**
 * What an audience vote shows its author when the page gives its votes nowhere to go
 * (docs/decisions/0018): loaded only then, so a vote with a destination never downloads it.
 */
import { DEMO_CHOICE, EVENT_CHOICE, noDestinationPanel } from '@quartiers-douai/core';
import type { TemplateResult } from 'lit';

export function help(kiosk: boolean, collect: string | undefined): TemplateResult {
  return noDestinationPanel({
    tag: 'qd-audience-vote',
    what: 'les votes du public',
    unknown: collect,
    choices: [
      {
        markup: kiosk ? 'storage="local"' : 'kiosk storage="local" staff-pin="…"',
        effect: kiosk
          ? 'la tablette garde le décompte, même si la page est rechargée ; sans cela il disparaîtrait au premier rechargement'
          : 'sur une tablette partagée, le décompte reste sur la tablette ; l’équipe le télécharge depuis son espace',
      },
      EVENT_CHOICE('qd-vote'),
      DEMO_CHOICE,
    ],
  });
}
