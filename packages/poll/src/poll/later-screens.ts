/**
 * The later screens of one poll (`screens.part.ts`, docs/decisions/0016) as the poll uses them:
 * fetched when « Répondre au sondage » or answers taken back need them (its first screen waits,
 * `updateComplete` too), ahead on a hand or the focus on that button and at once on a kiosk (it
 * must go on offline); their styles join the poll's shadow root once here; a render of the poll
 * is over once theirs is.
 */
import type { ReactiveElement } from 'lit';
import { LoadController } from '@quartiers-douai/core';
import {
  adoptScreenStyles,
  loadScreens,
  screensCode,
  screensHere,
  type ScreensModule,
} from './screens.js';

export class LaterScreens extends LoadController<ScreensModule> {
  private styled = false;
  private asked = false;

  constructor(private readonly poll: ReactiveElement) {
    super(poll, () => loadScreens());
  }

  /** They are defined (this page has them). */
  get here(): boolean {
    return screensHere();
  }

  /** Their code, once here: what answering and sending do (`sheet-steps.ts`, `toBallot`). */
  get code(): ScreensModule {
    return screensCode()!;
  }

  /** A hand on (or the focus on) « Répondre au sondage »: they start coming, silently. */
  readonly prefetch = (): void => void loadScreens().catch(() => undefined);

  /** A kiosk fetches them as soon as it shows (once). */
  ahead(): void {
    if (this.asked || screensHere()) return;
    this.asked = true;
    this.prefetch();
  }

  hostUpdated(): void {
    if (!this.styled && screensHere()) this.styled = adoptScreenStyles(this.poll.renderRoot);
  }

  /** Waits for their own render (the form first: the questions are in it). */
  async rendered(): Promise<void> {
    for (const screens of [
      'qd-poll-form',
      'qd-poll-question, qd-poll-ranking, qd-poll-review, qd-poll-thanks',
    ])
      for (const e of this.poll.renderRoot.querySelectorAll<
        HTMLElement & { updateComplete?: Promise<boolean> }
      >(screens))
        await e.updateComplete;
  }
}
