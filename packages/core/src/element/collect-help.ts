/**
 * What an element that collects shows its author when the page gave it nowhere to keep what
 * residents give (docs/decisions/0018): which settings to add to its tag, in French (the page's
 * author reads it, as the explanations of a wrong content file, ADR 0004). Imported only by the
 * elements' modules loaded on demand: a page with a destination never downloads it.
 */
import { html, type TemplateResult } from 'lit';

/** One way to give the element a destination: the markup to add, and what it does. */
export interface DestinationChoice {
  /** e.g. `action="https://…"` */
  markup: string;
  /** e.g. `les réponses sont envoyées à cette adresse` */
  effect: string;
}

export interface NoDestination {
  /** The element's tag, e.g. `qd-poll`. */
  tag: string;
  /** What would be lost, e.g. `les réponses des habitants`. */
  what: string;
  /** The settings that give it a destination, the element's own first. */
  choices: DestinationChoice[];
  /** A `collect` value the page gave that the kit does not know. */
  unknown?: string | null;
}

/** The kit's own choices, shared by every element that collects. */
export const EVENT_CHOICE = (event: string): DestinationChoice => ({
  markup: 'collect="event"',
  effect: `votre page reçoit chaque réponse (événement ${event}), la garde elle-même et appelle event.preventDefault() pour le dire ; sans cela, la personne est prévenue que sa réponse n'a pas été gardée`,
});
export const DEMO_CHOICE: DestinationChoice = {
  markup: 'collect="demo"',
  effect: 'démonstration : rien n’est gardé, et c’est écrit à l’écran',
};

/** The author's panel: what would be lost, and the settings to add to the tag. */
export function noDestinationPanel(o: NoDestination): TemplateResult {
  return html`<div class="qd-panel qd-panel--error" role="alert" part="error" lang="fr" dir="ltr">
    <h2>Réglage manquant : où garder ${o.what} ?</h2>
    ${
      o.unknown
        ? html`<p>
            La valeur <code>collect="${o.unknown}"</code> n’est pas reconnue (valeurs possibles :
            <code>event</code>, <code>demo</code>).
          </p>`
        : ''
    }
    <p>
      La balise <code>&lt;${o.tag}&gt;</code> de cette page ne dit pas où garder ${o.what} : rien ne
      serait gardé. Rien n’est proposé aux habitants tant que vous n’avez pas ajouté à la balise
      l’un de ces réglages :
    </p>
    <ul>
      ${o.choices.map((c) => html`<li><code>${c.markup}</code> : ${c.effect}</li>`)}
    </ul>
  </div>`;
}
