/**
 * `<qd-poll>` with questions asked only after given answers (`showIf`): on one page and step by
 * step, what a person sees, hears (the status region), where the focus stays, what is required,
 * counted and sent.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import '../define.js';
import type { QdPoll, PollSubmitDetail } from './poll.js';
import { openDay, samples } from '../fixtures.js';
import {
  cleanup,
  click,
  focused,
  mount as mountElement,
  q,
  qa,
  settle,
  text,
  type,
  visibleName as name,
  type Attrs,
} from '@quartiers-douai/kit-scripts/testing';

/** Counts the requests for the code of `showIf`. */
const gate = vi.hoisted(() => ({ calls: 0 }));
vi.mock('./show-if.js', async (original) => {
  const real = await original<typeof import('./show-if.js')>();
  return {
    ...real,
    loadShowIf: () => {
      gate.calls++;
      return real.loadShowIf();
    },
  };
});

const mount = (attrs: Attrs = {}, content = samples.accueil) =>
  mountElement('qd-poll', content, {
    today: openDay.accueil,
    collect: 'demo',
    ...attrs,
  }) as Promise<QdPoll>;
const headings = (el: QdPoll) => qa(el, '.qd-q h3, .qd-q h2').map(name);
const input = (el: QdPoll, qid: string, label: string): HTMLInputElement => {
  const l = qa(el, `#q-${qid} label`).find((x) => name(x) === label || name(x).startsWith(label));
  return l!.querySelector('input')!;
};
async function choose(el: QdPoll, qid: string, label: string): Promise<void> {
  const i = input(el, qid, label);
  i.focus();
  i.click();
  await settle(el);
}

afterEach(() => {
  cleanup();
  localStorage.clear();
});

describe('qd-poll · showIf on demand', () => {
  it('a poll without showIf never asks for its code, even answered to the end', async () => {
    gate.calls = 0;
    const el = await mount({ today: openDay.fete }, samples.fete);
    await click(el, 'Répondre au sondage');
    await click(el, 'Vérifier mes réponses');
    expect(gate.calls).toBe(0);
    await mount();
    expect(gate.calls).toBe(1);
  });
});

describe('qd-poll · showIf on one page', () => {
  it('a question appears after its answer, is announced politely, and the focus stays on the answer', async () => {
    const el = await mount();
    await click(el, 'Répondre au sondage');
    expect(headings(el)).toHaveLength(2);
    expect(q(el, '#q-accueil')).toBeNull();
    await choose(el, 'deja-venu', 'Oui');
    expect(q(el, '#q-accueil')).not.toBeNull();
    expect(text(el, '[part="notice"]')).toBe('Votre réponse ajoute une question.');
    expect(focused(el)).toBe(input(el, 'deja-venu', 'Oui'));
    await choose(el, 'accueil', '1');
    expect(q(el, '#q-probleme')).not.toBeNull();
    await choose(el, 'deja-venu', 'Non');
    expect(q(el, '#q-accueil')).toBeNull();
    expect(q(el, '#q-probleme')).toBeNull();
    expect(q(el, '#q-freins')).not.toBeNull();
    expect(text(el, '[part="notice"]')).toBe(
      'Votre réponse ajoute une question. Votre réponse retire 2 questions : elles ne vous sont plus posées.',
    );
    expect(focused(el)).toBe(input(el, 'deja-venu', 'Non'));
  });

  it('a required question not asked is not required, and is absent from the ballot and the review', async () => {
    const el = await mount();
    let ballot: PollSubmitDetail | undefined;
    el.addEventListener('qd-submit', (e) => (ballot = e.detail));
    await click(el, 'Répondre au sondage');
    await click(el, 'Vérifier mes réponses');
    expect(text(el, '[part="error-summary"]')).toContain('Une réponse est à compléter');
    await choose(el, 'deja-venu', 'Oui');
    await choose(el, 'accueil', '4');
    await choose(el, 'deja-venu', 'Non'); // (« accueil » kept, no longer asked)
    await click(el, 'Vérifier mes réponses');
    expect(text(el, '[part="review"]')).not.toContain('Comment avez-vous été accueilli');
    await click(el, 'Envoyer mes réponses');
    expect(ballot).toEqual({ pollId: 'avis-accueil-centre-2027', answers: { 'deja-venu': 'non' } });
  });
});

describe('qd-poll · showIf step by step', () => {
  it('the progress counts only the questions asked; a question not asked is skipped', async () => {
    const el = await mount({ layout: 'steps' });
    await click(el, 'Répondre au sondage');
    expect(text(el, '.qd-poll__progress p')).toBe('Question 1 sur 2');
    await choose(el, 'deja-venu', 'Oui');
    expect(text(el, '.qd-poll__progress p')).toBe('Question 1 sur 3');
    expect(text(el, '[part="notice"]')).toBe('Votre réponse ajoute une question.');
    await click(el, 'Question suivante');
    expect(headings(el)).toEqual(['Comment avez-vous été accueilli ? (obligatoire)']);
    expect(focused(el)?.textContent).toContain('Comment avez-vous été accueilli ?');
    await choose(el, 'accueil', '5');
    await click(el, 'Question suivante');
    expect(text(el, '.qd-poll__progress p')).toBe('Question 3 sur 3');
    expect(headings(el)).toEqual(['Une idée pour mieux accueillir les habitants ?']);
    await type(el, q<HTMLTextAreaElement>(el, '#t-idee')!, 'Un café le matin');
    await click(el, 'Vérifier mes réponses');
    expect(q(el, '[part="review"]')).not.toBeNull();
  });
});
