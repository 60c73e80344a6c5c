/**
 * The agreement's code is a part of the bundle (docs/decisions/0016): a page that only shows the
 * guide's questions never fetches it; the checklist fetches it ahead; if it never comes (offline),
 * "Faire notre pacte familial" says so and stays on the checklist, and works once it comes.
 * This file avoids the package's test helpers on purpose: they wait for the agreement's code.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { button, norm, root } from '@quartiers-douai/kit-scripts/testing';
import '../define.js';
import type { QdParentalGuide } from '../index.js';
import { clone, samples } from '../fixtures.js';

/** Each call of `loadScreenPact()`, and what the next one gives (by default the real module). */
const gate = vi.hoisted(() => ({
  calls: 0,
  fail: false,
}));
vi.mock('./load.js', async (importOriginal) => {
  const real = await importOriginal<typeof import('./load.js')>();
  return {
    loadScreenPact: () => {
      gate.calls++;
      return gate.fail ? Promise.reject(new Error('hors ligne')) : real.loadScreenPact();
    },
  };
});

const mounted: HTMLElement[] = [];
afterEach(() => {
  mounted.splice(0).forEach((e) => e.remove());
  localStorage.clear();
});

async function settle(el: QdParentalGuide): Promise<void> {
  for (let i = 0; i < 4; i++) {
    await el.updateComplete;
    await new Promise((r) => setTimeout(r, 0));
  }
}

async function press(el: QdParentalGuide, name: string): Promise<void> {
  button(el, name).click();
  await settle(el);
}

const heading = (el: QdParentalGuide) => norm(root(el).querySelector('h2')?.textContent);

describe('qd-screen-pact · fetched on demand (part of the bundle)', () => {
  it('not fetched for the questions; fetched ahead with the checklist; offline, the button says so; then it opens', async () => {
    const el = document.createElement('qd-parental-guide');
    el.content = clone(samples.library);
    document.body.append(el);
    mounted.push(el);
    await settle(el);

    await press(el, 'Commencer');
    await press(el, 'Suivant');
    await press(el, 'Suivant');
    expect(gate.calls, 'the questions never ask for the agreement').toBe(0);
    expect(customElements.get('qd-screen-pact')).toBeUndefined();

    gate.fail = true;
    await press(el, 'Voir mon guide');
    expect(gate.calls, 'the checklist asks for it ahead').toBe(1);
    expect(heading(el)).toBe('Votre guide personnalisé');

    await press(el, 'Faire notre pacte familial');
    expect(gate.calls).toBe(2);
    expect(heading(el), 'still on the checklist').toBe('Votre guide personnalisé');
    expect(norm(root(el).querySelector('[role="status"]')?.textContent)).toContain(
      "Le pacte familial n'a pas pu s'ouvrir. Vérifiez la connexion internet, puis réessayez.",
    );

    gate.fail = false;
    await press(el, 'Faire notre pacte familial');
    expect(gate.calls, 'asked again by the button only').toBe(3);
    await customElements.whenDefined('qd-screen-pact');
    await settle(el);
    const pact = root(el).querySelector('qd-screen-pact')!;
    expect(pact).toBeInstanceOf(customElements.get('qd-screen-pact')!);
    await (pact as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    expect(norm(pact.shadowRoot?.querySelector('h2')?.textContent)).toBe('Notre pacte familial');
  });
});
