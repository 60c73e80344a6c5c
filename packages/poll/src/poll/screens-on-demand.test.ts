/**
 * The questions, review and thank-you screens are a part of the bundle (docs/decisions/0016):
 * a poll's first screen never needs them; "Répondre au sondage" does (fetched ahead on a pointer
 * or focus on it, and at once on a kiosk, which must go on offline).
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  button,
  cleanup,
  mount as mountElement,
  root,
  text,
  offlineImport,
  type LoadGate,
} from '@quartiers-douai/kit-scripts/testing';
import '../define.js';
import { openDay, samples } from '../fixtures.js';

/** Counts the requests; `next` decides the next answer (default: the real part). */
const gate = vi.hoisted((): LoadGate => ({ calls: 0 }));
vi.mock('./screens.js', async (original) => {
  const { gated } = await import('@quartiers-douai/kit-scripts/testing');
  const real = await original<typeof import('./screens.js')>();
  return { ...real, loadScreens: gated(gate, real.loadScreens) };
});

afterEach(() => {
  gate.calls = 0;
  gate.next = undefined;
  cleanup();
  localStorage.clear();
});

const mount = (attrs: Record<string, string> = {}) =>
  mountElement('qd-poll', samples.fete, {
    today: openDay.fete,
    seed: 's',
    collect: 'demo',
    ...attrs,
  });

// The part stays once here: what happens before it comes is tested first.
describe('qd-poll · later screens on demand', () => {
  it('the first screen asks for nothing; a pointer on "Répondre au sondage" starts fetching them', async () => {
    const el = await mount();
    expect(gate.calls).toBe(0);
    gate.next = () => new Promise<never>(() => undefined); // (never answers)
    button(el, 'Répondre au sondage').dispatchEvent(new PointerEvent('pointerenter'));
    expect(gate.calls).toBe(1);
    expect(text(el, '#intro-heading')).not.toBe('');
  });

  it('a kiosk asks for them as soon as it shows', async () => {
    gate.next = () => new Promise<never>(() => undefined); // (never answers)
    await mount({ kiosk: '' });
    expect(gate.calls).toBe(1);
  });

  it('answers in progress taken back at load wait for them; offline, the first screen says so and has the focus', async () => {
    const orders = Object.fromEntries(
      samples.fete.questions.map((q) => [q.id, (q.choices ?? []).map((c) => c.id)]),
    );
    sessionStorage.setItem(
      'qd:poll-draft:fete-quartier-2027',
      JSON.stringify({
        kit: 'quartiers-douai',
        type: 'poll-draft',
        version: 1,
        savedAt: '2026-12-10',
        data: { answers: { date: 'samedi' }, orders, step: 0 },
      }),
    );
    gate.next = () => Promise.reject(offlineImport());
    const el = await mount({ storage: 'session' });
    expect(gate.calls).toBe(1);
    expect(root(el).querySelector('fieldset')).toBeNull();
    expect(text(el, '[part="notice"]')).toContain("La suite du sondage n'a pas pu être chargée");
    await vi.waitFor(() =>
      expect((root(el).activeElement as HTMLElement | null)?.id).toBe('intro-heading'),
    );
    sessionStorage.clear();
  });

  it('"Répondre au sondage" keeps the first screen and says it loads (role="status"); offline, it says so in French; once they come, the questions show with their styles and the message goes', async () => {
    let fail!: (error: Error) => void;
    gate.next = () => new Promise<never>((_, reject) => (fail = reject));
    const el = await mount();
    button(el, 'Répondre au sondage').click();
    await vi.waitFor(() => expect(text(el, '[part="notice"]')).toBe('Chargement du contenu…'));
    expect(root(el).querySelector('[part="notice"]')!.getAttribute('role')).toBe('status');
    expect(text(el, '#intro-heading')).not.toBe('');
    expect(root(el).querySelector('fieldset')).toBeNull();
    button(el, 'Répondre au sondage').click(); // (a second press while it loads asks nothing more)
    expect(gate.calls).toBe(1);
    fail(offlineImport());
    await el.updateComplete;
    expect(text(el, '[part="notice"]')).toBe(
      "La suite du sondage n'a pas pu être chargée (pas de connexion internet ?). Quand la connexion revient, réessayez ; si rien ne change, rechargez la page. Rien n'est perdu.",
    );
    expect(root(el).querySelector('fieldset')).toBeNull();

    button(el, 'Répondre au sondage').click(); // (back online: the real part)
    await el.updateComplete;
    expect(gate.calls).toBe(2);
    expect(text(el, '[part="notice"]')).toBe('');
    const questions = root(el).querySelectorAll('fieldset[part="question"]');
    expect(questions.length).toBe(samples.fete.questions.length);
    await vi.waitFor(() =>
      expect((root(el).activeElement as HTMLElement | null)?.id).toBe('form-heading'),
    );
    // (styles of the part: the scale's options side by side, "(obligatoire)" in bold)
    expect(getComputedStyle(root(el).querySelector('.qd-scale')!).display).toBe('flex');
    expect(getComputedStyle(root(el).querySelector('.qd-q__required')!).fontWeight).toBe('600');
  });
});
