/**
 * The agreement's code is a part of the bundle (docs/decisions/0016): a page that only shows the
 * guide's questions never fetches it; the checklist fetches it ahead; if it never comes (offline),
 * "Faire notre pacte familial" says so and stays on the checklist, and works once it comes.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  cleanup,
  click,
  mount,
  norm,
  root,
  settle,
  until,
  type LoadGate,
} from '@quartiers-douai/kit-scripts/testing';
import '../define.js';
import { clone, samples } from '../fixtures.js';

/** Each call of `loadScreenPact()`; while `fail`, the page is offline. */
const gate = vi.hoisted((): LoadGate => ({ calls: 0, fail: false }));
vi.mock('./load.js', async (original) => {
  const { gated } = await import('@quartiers-douai/kit-scripts/testing');
  const real = await original<typeof import('./load.js')>();
  return { ...real, loadScreenPact: gated(gate, real.loadScreenPact) };
});

afterEach(() => {
  cleanup();
  localStorage.clear();
});

const heading = (el: Element) => norm(root(el).querySelector('h2')?.textContent);

describe('qd-screen-pact · fetched on demand (part of the bundle)', () => {
  it('not fetched for the questions; fetched ahead with the checklist; offline, the button says so; then it opens', async () => {
    const el = await mount('qd-parental-guide', clone(samples.library));

    await click(el, 'Commencer');
    await click(el, 'Suivant');
    await click(el, 'Suivant');
    expect(gate.calls, 'the questions never ask for the agreement').toBe(0);
    expect(customElements.get('qd-screen-pact')).toBeUndefined();

    gate.fail = true;
    await click(el, 'Voir mon guide');
    expect(gate.calls, 'the checklist asks for it ahead').toBe(1);
    expect(heading(el)).toBe('Votre guide personnalisé');

    await click(el, 'Faire notre pacte familial');
    expect(gate.calls).toBe(2);
    expect(heading(el), 'still on the checklist').toBe('Votre guide personnalisé');
    expect(norm(root(el).querySelector('[role="status"]')?.textContent)).toContain(
      "Le pacte familial n'a pas pu s'ouvrir. Vérifiez la connexion internet, puis réessayez.",
    );

    gate.fail = false;
    await click(el, 'Faire notre pacte familial');
    expect(gate.calls, 'asked again by the button only').toBe(3);
    await customElements.whenDefined('qd-screen-pact');
    await until(() => root(el).querySelector('qd-screen-pact') !== null, 'the agreement shown');
    await settle(el);
    const pact = root(el).querySelector('qd-screen-pact')!;
    expect(pact).toBeInstanceOf(customElements.get('qd-screen-pact')!);
    await (pact as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    expect(norm(pact.shadowRoot?.querySelector('h2')?.textContent)).toBe('Notre pacte familial');
  });
});
