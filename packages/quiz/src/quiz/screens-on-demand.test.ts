/**
 * The questions and the result are a part of the bundle (docs/decisions/0016): the start screen
 * never needs them; « Commencer » does (fetched ahead on a pointer or the focus on it). While they
 * come, the start screen stays and says so; offline, it says that too, and the next press tries
 * again. Once a round has started, its result is there even if the connection drops.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  button,
  cleanup,
  click,
  focused,
  mount,
  q,
  root,
  settle,
  text,
  offlineImport,
  type LoadGate,
} from '@quartiers-douai/kit-scripts/testing';
import { quizWith } from '../fixtures.js';
import '../define.js';

/** Counts the requests; `next` decides the next answer (default: the real part). */
const gate = vi.hoisted((): LoadGate => ({ calls: 0 }));
vi.mock('./screens.js', async (original) => {
  const { gated } = await import('@quartiers-douai/kit-scripts/testing');
  const real = await original<typeof import('./screens.js')>();
  return { ...real, loadScreens: gated(gate, real.loadScreens) };
});

const failed =
  'La suite du quiz n’a pas pu être chargée (pas de connexion internet ?). Quand la connexion revient, réessayez ; si rien ne change, rechargez la page.';

afterEach(() => {
  gate.calls = 0;
  gate.next = undefined;
  cleanup();
  localStorage.clear();
  vi.restoreAllMocks();
});

const notice = (el: Element) => text(el, '[part="notice"]');
const quiz = () => quizWith(['faux-colis', 'ameli-mot-de-passe']);

/** Chooses the choice whose label contains `label`. */
async function choose(el: HTMLElement, label: string): Promise<void> {
  const input = [...root(el).querySelectorAll<HTMLInputElement>('.qd-choice')]
    .find((l) => l.textContent!.includes(label))!
    .querySelector('input')!;
  input.click();
  await settle(el);
}

// The part stays once here: what happens before it comes is tested first.
describe('qd-quiz · questions and result on demand', () => {
  it('the start screen asks for nothing; a pointer or the focus on « Commencer » starts fetching them', async () => {
    const el = await mount('qd-quiz', quiz());
    expect(gate.calls).toBe(0);
    gate.next = () => new Promise<never>(() => undefined); // (never answers)
    button(el, 'Commencer').dispatchEvent(new PointerEvent('pointerenter'));
    expect(gate.calls).toBe(1);
    gate.next = () => new Promise<never>(() => undefined);
    button(el, 'Commencer').focus();
    expect(gate.calls).toBe(2);
    expect(q(el, '[part="start"]')).not.toBeNull();
  });

  it('a round kept on the device, reloaded offline: the start screen says the rest could not be loaded', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    localStorage.setItem(
      'qd:quiz-progress:reperer-hameconnage',
      JSON.stringify({
        kit: 'quartiers-douai',
        type: 'quiz-progress',
        version: 1,
        savedAt: new Date().toISOString(),
        data: {
          ids: ['faux-colis', 'ameli-mot-de-passe'],
          orders: [
            [0, 1, 2],
            [0, 1],
          ],
          index: 1,
          answers: [{ choices: [1] }, {}],
          checked: false,
          mistakesOnly: false,
          finished: false,
        },
      }),
    );
    gate.next = () => Promise.reject(offlineImport());
    const el = await mount('qd-quiz', quiz(), { storage: 'local' });
    await settle(el);
    expect(gate.calls).toBe(1);
    expect(q(el, '[part="start"]')).not.toBeNull();
    expect(notice(el)).toBe(failed);
    expect(q(el, '[part="notice"]')!.className).toContain('qd-notice--error');
    // (what was kept stays: the next visit with a connection goes on from there)
    expect(localStorage.getItem('qd:quiz-progress:reperer-hameconnage')).toContain('"index":1');
  });

  it('« Commencer » keeps the start screen and says it loads (role="status"); offline, it says so in French; the next press brings the questions, and the message goes', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    let fail!: (error: Error) => void;
    gate.next = () => new Promise<never>((_, reject) => (fail = reject));
    const el = await mount('qd-quiz', quiz());
    button(el, 'Commencer').click();
    await vi.waitFor(() => expect(notice(el)).toBe('Chargement du contenu…'));
    expect(q(el, '[part="notice"]')!.getAttribute('role')).toBe('status');
    expect(q(el, '[part="start"]')).not.toBeNull();
    button(el, 'Commencer').click(); // (a second press while it loads asks nothing more)
    expect(gate.calls).toBe(1);
    fail(offlineImport());
    await settle(el);
    expect(notice(el)).toBe(failed);
    expect(q(el, '[part="notice"]')!.className).toContain('qd-notice--error');
    expect(q(el, '[part="start"]')).not.toBeNull();

    button(el, 'Commencer').click(); // (back online: the real part)
    await settle(el);
    expect(gate.calls).toBe(2);
    expect(notice(el)).toBe('');
    expect(text(el)).toContain('Question 1 sur 2');
    await vi.waitFor(() => expect(focused(el)).toBe(q(el, '#question-heading')));
  });

  it('once a round has started, its result shows even if the connection drops: nothing more is fetched', async () => {
    const el = await mount('qd-quiz', quiz());
    await click(el, 'Commencer');
    const calls = gate.calls;
    gate.next = () => Promise.reject(offlineImport());
    await choose(el, 'Je ne clique pas');
    await click(el, 'Valider ma réponse');
    await click(el, 'Question suivante');
    await choose(el, 'Faux');
    await click(el, 'Valider ma réponse');
    await click(el, 'Voir mon résultat');
    expect(text(el, '#result-heading')).toBe('Votre résultat');
    expect(focused(el)).toBe(q(el, '#result-heading'));
    expect(gate.calls).toBe(calls);
    expect(notice(el)).toBe('');
  });
});
