/**
 * The steps are a part of the bundle (docs/decisions/0016): the start screen never needs them;
 * a start button does (fetched ahead on a pointer or the focus on it). While they come, the start
 * screen stays and says so; offline, it says that too, and the next press tries again.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { tinyProcedure } from '../fixtures.js';
import '../define.js';
import {
  button,
  cleanup,
  focused,
  mount,
  q,
  settle,
  text,
  offlineImport,
  type LoadGate,
} from '@quartiers-douai/kit-scripts/testing';

/** Counts the requests; `next` decides the next answer (default: the real part). */
const gate = vi.hoisted((): LoadGate => ({ calls: 0 }));
vi.mock('./steps.js', async (original) => {
  const { gated } = await import('@quartiers-douai/kit-scripts/testing');
  const real = await original<typeof import('./steps.js')>();
  return { ...real, loadSteps: gated(gate, real.loadSteps) };
});

afterEach(() => {
  gate.calls = 0;
  gate.next = undefined;
  cleanup();
  vi.restoreAllMocks();
});

const notice = (el: Element) => text(el, '[part="notice"]');

// The part stays once here: what happens before it comes is tested first.
describe('qd-demarche · steps on demand', () => {
  it('the start screen asks for nothing; a pointer or the focus on a start button starts fetching them', async () => {
    const el = await mount('qd-demarche', tinyProcedure);
    expect(gate.calls).toBe(0);
    gate.next = () => new Promise<never>(() => undefined); // (never answers)
    button(el, 'M’entraîner seul').dispatchEvent(new PointerEvent('pointerenter'));
    expect(gate.calls).toBe(1);
    expect(q(el, '[part="start"]')).not.toBeNull();
  });

  it('a start button keeps the start screen and says it loads (role="status"); offline, it says so in French; the next press brings the steps, and the message goes', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    let fail!: (error: Error) => void;
    gate.next = () => new Promise<never>((_, reject) => (fail = reject));
    const el = await mount('qd-demarche', tinyProcedure);
    button(el, 'Commencer, guidé pas à pas').click();
    await vi.waitFor(() => expect(notice(el)).toBe('Chargement du contenu…'));
    expect(q(el, '[part="notice"]')!.getAttribute('role')).toBe('status');
    expect(q(el, '[part="start"]')).not.toBeNull();
    button(el, 'Commencer, guidé pas à pas').click(); // (a second press while it loads asks nothing more)
    expect(gate.calls).toBe(1);
    fail(offlineImport());
    await settle(el);
    expect(notice(el)).toBe(
      'La suite de l’entraînement n’a pas pu être chargée (pas de connexion internet ?). Quand la connexion revient, réessayez ; si rien ne change, rechargez la page.',
    );
    expect(q(el, '[part="notice"]')!.className).toContain('qd-notice--error');
    expect(q(el, '[part="start"]')).not.toBeNull();

    button(el, 'Commencer, guidé pas à pas').click(); // (back online: the real part)
    await settle(el);
    expect(gate.calls).toBe(2);
    expect(notice(el)).toBe('');
    expect(text(el, '[part="progress"]')).toBe('Étape 1 sur 3');
    expect(text(el, '#guide')).toBe(
      'À faire : appuyez sur « Bouton Créer », entouré en couleur sur l’écran.',
    );
    await vi.waitFor(() => expect(focused(el)).toBe(q(el, '#step-title')));
  });
});
