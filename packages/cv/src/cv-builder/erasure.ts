/**
 * « Effacer mes données » and « Terminer » of `<qd-cv-builder>`: on a personal device the CV is
 * erased at once, with « Annuler l'effacement » just after (the CV kept in memory only, until the
 * person does something else); on a shared computer the builder asks first and an erasure cannot
 * be undone, so the next person cannot bring a CV back.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Cv } from '../schema.js';
import type { BuilderKey } from '../messages.js';
import type { CvEraseDetail } from './events.js';
import { isEmpty } from './form-model.js';

/** What the erasure asks the builder. */
export interface ErasureHost {
  /** On a shared computer? */
  shared(): boolean;
  /** Wipes the CV from the device and starts again from the starting CV; gives the CV erased. */
  wipe(reason: CvEraseDetail['reason']): Cv;
  /** Puts an erased CV back, and saves it. */
  putBack(cv: Cv): void;
  /** Says a message of the builder. */
  tell(key: BuilderKey): void;
  /** Moves the focus to `selector` after the next render. */
  focusOn(selector: string): void;
}

export type Confirming = 'erase' | 'finish';

export class CvErasure implements ReactiveController {
  /** The erasure waiting for « Oui » (shared computer). */
  confirming?: Confirming;
  /** The CV just erased on a personal device, for « Annuler l'effacement ». */
  erased?: Cv;

  constructor(
    private readonly element: ReactiveControllerHost,
    private readonly host: ErasureHost,
  ) {
    element.addController(this);
  }

  hostConnected?(): void; // (no lifecycle of its own)

  /** The person did something else: no question, no undo. */
  forget(): void {
    this.confirming = undefined;
    this.erased = undefined;
  }

  /** « Effacer mes données ». */
  erase(): void {
    if (this.host.shared()) {
      this.ask('erase');
      return;
    }
    const before = this.host.wipe('erase');
    this.erased = isEmpty(before) ? undefined : before;
    this.host.tell('erased');
    if (this.erased) this.host.focusOn('#undo-erase');
  }

  /** « Annuler l'effacement ». */
  undo(): void {
    const cv = this.erased;
    if (!cv) return;
    this.erased = undefined;
    this.host.putBack(cv);
    this.host.tell('eraseUndone');
    this.host.focusOn('#step-heading');
  }

  /** Asks to confirm `what` (nothing: the question goes, the focus on `focus`). */
  ask(what: Confirming | undefined, focus = '#confirm-text'): void {
    this.confirming = what;
    this.element.requestUpdate();
    this.host.focusOn(focus);
  }

  /** The answer « Oui » (« Oui, effacer », « Oui, terminer et effacer »). */
  confirmed(): void {
    const finish = this.confirming === 'finish';
    this.host.wipe(finish ? 'finish' : 'erase');
    this.host.tell(finish ? 'finished' : 'erased');
    this.host.focusOn('#step-heading');
  }
}
