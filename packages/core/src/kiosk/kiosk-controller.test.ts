import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { KioskController } from './kiosk-controller.js';
import { defineElement } from '../element/define.js';
import { QdDemo, demoContent } from '../test/test-element.js';
import {
  cleanup,
  deepActiveElement,
  mount,
  setPageLang,
  settle,
  within,
} from '@quartiers-douai/kit-scripts/testing';

/** The demo element, with a session to reset and its kiosk timer reachable. */
class QdKioskDemo extends QdDemo {
  resets = 0;
  protected override resetSession(): void {
    this.resets++;
  }
  get kioskLoaded(): boolean {
    return this.kiosk.reset !== undefined;
  }
  get kioskTimer(): KioskController {
    if (!this.kiosk.reset) throw new Error('the kiosk code is not loaded');
    return this.kiosk.reset.timer;
  }
}
defineElement('qd-kiosk-demo', QdKioskDemo);
declare global {
  interface HTMLElementTagNameMap {
    'qd-kiosk-demo': QdKioskDemo;
  }
}

beforeEach(() => {
  setPageLang('fr');
  vi.useFakeTimers();
});
afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

const WARNING = "Personne n'utilise l'écran ? Il sera remis à zéro dans 30 secondes.";
const kiosk = (timeout: number) =>
  mount('qd-kiosk-demo', (e) => {
    e.kioskTimeout = timeout;
    e.content = demoContent;
  });
/** Lets `seconds` pass, then lets the element render. */
async function wait(el: QdKioskDemo, seconds: number): Promise<void> {
  vi.advanceTimersByTime(seconds * 1000);
  await settle(el);
}
const alert = (el: Element) => within(el).getByRole('alert');
const continueButton = (el: Element) =>
  within(el).getByRole('button', { name: 'Je suis là, continuer' });

describe('kiosk › warning', () => {
  it('warns (timeout − 30 s) after the last activity, in an alert, with the "continue" button focused', async () => {
    const el = await kiosk(90);
    await wait(el, 59);
    expect(alert(el).query()).toBeNull();
    await wait(el, 1);
    await expect.element(alert(el)).toHaveTextContent(WARNING);
    expect(deepActiveElement()).toBe(continueButton(el).element());
    expect(el.kioskTimer.phase).toBe('warning');
  });

  it('counts down the seconds left', async () => {
    const el = await kiosk(60);
    await wait(el, 30 + 5);
    expect(el.kioskTimer.remaining).toBe(25);
    await expect.element(within(el).getByText('25 s')).toBeInTheDocument();
  });

  it('"continue" (keyboard) closes the warning and starts counting again', async () => {
    const el = await kiosk(60);
    await wait(el, 30);
    expect(deepActiveElement()).toBe(continueButton(el).element());
    await userEvent.keyboard('{Enter}');
    await settle(el);
    expect(alert(el).query()).toBeNull();
    await wait(el, 29);
    expect(alert(el).query()).toBeNull();
    await wait(el, 1);
    await expect.element(alert(el)).toBeInTheDocument();
    expect(el.resets).toBe(0);
  });

  it('activity in the element restarts the count', async () => {
    const el = await kiosk(60);
    await wait(el, 20);
    el.dispatchEvent(new KeyboardEvent('keydown', { key: 'a', bubbles: true, composed: true }));
    await wait(el, 20);
    expect(alert(el).query()).toBeNull();
    await wait(el, 10);
    await expect.element(alert(el)).toBeInTheDocument();
  });

  it('during the warning, a stray touch is not enough: only the button continues', async () => {
    const el = await kiosk(60);
    await wait(el, 30);
    el.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, composed: true }));
    await wait(el, 1);
    await expect.element(alert(el)).toBeInTheDocument();
  });
});

describe('kiosk › reset', () => {
  it('after the warning, resets the session and says so in a status message', async () => {
    const el = await kiosk(60);
    await wait(el, 60);
    expect(el.resets).toBe(1);
    expect(alert(el).query()).toBeNull();
    await expect
      .element(
        within(el)
          .getByRole('status')
          .filter({ hasText: "L'écran a été remis à zéro pour la personne suivante." }),
      )
      .toBeVisible();
    expect(el.kioskTimer.phase).toBe('idle');
    await wait(el, 60);
    expect(el.resets).toBe(2); // and keeps watching for the next person
  });

  it('the "screen was reset" message stays until the next person touches or types, then goes', async () => {
    const el = await kiosk(60);
    await wait(el, 60);
    const done = within(el)
      .getByRole('status')
      .filter({ hasText: "L'écran a été remis à zéro pour la personne suivante." });
    await expect.element(done).toBeVisible();
    el.dispatchEvent(new FocusEvent('focusin', { bubbles: true, composed: true }));
    await wait(el, 5);
    await expect.element(done).toBeVisible();
    el.dispatchEvent(new KeyboardEvent('keydown', { bubbles: true, composed: true, key: 'a' }));
    await settle(el);
    expect(done.query()).toBeNull();
    expect(within(el).getByRole('status').element().textContent?.trim()).toBe('');
  });

  it('resets only once per warning', async () => {
    const el = await kiosk(60);
    await wait(el, 30 + 30 + 5);
    expect(el.resets).toBe(1);
  });
});

describe('kiosk › pause, resume, off', () => {
  it('pause stops counting (a worker is helping); resume starts from zero', async () => {
    const el = await kiosk(60);
    await wait(el, 20);
    el.kioskTimer.pause();
    await wait(el, 600);
    expect(alert(el).query()).toBeNull();
    expect(el.resets).toBe(0);
    el.kioskTimer.resume();
    await wait(el, 29);
    expect(alert(el).query()).toBeNull();
    await wait(el, 1);
    await expect.element(alert(el)).toBeInTheDocument();
  });

  it('pause during the warning stops the countdown', async () => {
    const el = await kiosk(60);
    await wait(el, 35);
    el.kioskTimer.pause();
    await wait(el, 120);
    expect(el.resets).toBe(0);
    expect(alert(el).query()).toBeNull();
  });

  it('timeout 0 (the default) is off: never warns, never resets, and its code is not even fetched', async () => {
    const el = await kiosk(0);
    await wait(el, 3600);
    expect(alert(el).query()).toBeNull();
    expect(el.resets).toBe(0);
    expect(el.kioskLoaded).toBe(false);
  });

  it('the kiosk-timeout attribute turns it on and off', async () => {
    const el = await kiosk(0);
    el.setAttribute('kiosk-timeout', '60');
    await settle(el);
    await wait(el, 30);
    await expect.element(alert(el)).toBeInTheDocument();
    el.setAttribute('kiosk-timeout', '0');
    await settle(el);
    await wait(el, 120);
    expect(alert(el).query()).toBeNull();
    expect(el.resets).toBe(0);
    expect(el.kioskTimer.phase).toBe('off');
    // Off stays off: pause and resume do not start it again.
    el.kioskTimer.pause();
    el.kioskTimer.resume();
    expect(el.kioskTimer.phase).toBe('off');
    await wait(el, 120);
    expect(el.resets).toBe(0);
  });

  it('stops when the element leaves the page', async () => {
    const el = await kiosk(60);
    el.remove();
    await wait(el, 120);
    expect(el.resets).toBe(0);
  });
});
