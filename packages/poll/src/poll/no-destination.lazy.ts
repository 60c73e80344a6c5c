/**
 * What a poll shows its author when the page gives its ballots nowhere to go (docs/decisions/0018):
 * loaded only then, so a poll with a destination never downloads it.
 */
import { DEMO_CHOICE, EVENT_CHOICE, noDestinationPanel } from '@quartiers-douai/core';
import type { TemplateResult } from 'lit';

export function help(collect: string | undefined): TemplateResult {
  return noDestinationPanel({
    tag: 'qd-poll',
    what: 'les réponses des habitants',
    unknown: collect,
    choices: [
      {
        markup: 'action="…"',
        effect:
          'les réponses sont envoyées à cette adresse (celle que donne l’extension WordPress du kit, ou un serveur du centre) ; le contenu doit alors avoir son texte « privacy »',
      },
      {
        markup: 'kiosk keep-ballots staff-pin="…"',
        effect:
          'sur une tablette partagée, les réponses restent sur la tablette, sans date ni nom ; l’équipe les exporte depuis son espace',
      },
      EVENT_CHOICE('qd-submit'),
      DEMO_CHOICE,
    ],
  });
}
