/** `<qd-parental-guide>`'s questions: three steps, each skippable; children's profiles, devices, concerns. */
import { describe, it, expect, afterEach, vi } from 'vitest';
import { samples } from '../fixtures.js';
import {
  button,
  cleanup,
  click,
  field,
  norm,
  q,
  qa,
  settle,
  text,
  tick,
} from '@quartiers-douai/kit-scripts/testing';
import '../define.js';
import { guide, answer, titles } from '../test/guide.js';

afterEach(() => {
  cleanup();
  vi.useRealTimers();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

// --- questionnaire --------------------------------------------------------------------------
describe('qd-parental-guide · questionnaire', () => {
  it('three steps, each a fieldset whose legend is the heading; "Précédent" goes back with the answers kept', async () => {
    const el = await guide();
    await click(el, 'Commencer');
    expect(text(el, '.qd-kicker')).toBe('Étape 1 sur 3');
    expect(text(el, 'fieldset > legend #step-heading')).toBe('Vos enfants');
    expect(qa(el, 'input[type="radio"][name="age-c1"]')).toHaveLength(6);
    expect(q(el, 'label[for="name-c1"]')!.textContent).toBe('Prénom (facultatif)');
    await tick(el, '12 à 14 ans');
    await click(el, 'Suivant');
    expect(text(el, '.qd-kicker')).toBe('Étape 2 sur 3');
    expect(qa(el, 'fieldset fieldset legend').map((l) => norm(l.textContent))).toEqual([
      'Téléphones',
      'Tablettes',
      'Consoles de jeux',
      'Ordinateurs',
      'Box internet et télévision',
      'Applis et sites',
    ]);
    await tick(el, 'TikTok');
    await click(el, 'Suivant');
    expect(text(el, '#step-heading')).toBe('Ce qui vous préoccupe');
    expect(qa(el, 'input[name="concern"]')).toHaveLength(6);
    expect(button(el, 'Voir mon guide').type).toBe('submit');
    await click(el, 'Précédent');
    expect(field(el, 'TikTok').checked).toBe(true);
    await click(el, 'Précédent');
    expect(field(el, '12 à 14 ans').checked).toBe(true);
    expect(() => button(el, 'Précédent')).toThrow();
  });

  it('every question can be skipped: the guide then shows everything, and a status message says so', async () => {
    const el = await guide();
    await click(el, 'Commencer');
    await tick(el, '3 à 5 ans');
    await click(el, 'Passer cette question');
    expect(text(el, '[part="notice"]')).toBe(
      'Question passée : le guide montrera tout pour cette question.',
    );
    expect(q(el, '[part="notice"]')!.getAttribute('role')).toBe('status');
    await click(el, 'Passer cette question');
    await click(el, 'Passer cette question');
    expect(text(el, '#guide-heading')).toBe('Votre guide personnalisé');
    expect(titles(el)[0]).toHaveLength(samples.library.guides.length);
    expect(text(el, '.qd-child-guide h3')).toBe('Pour votre enfant');
  });

  it('"Suivant" without an answer is announced as a skip; the message does not follow the parent to the next screen', async () => {
    const el = await guide();
    await click(el, 'Commencer');
    await click(el, 'Suivant'); // no age
    expect(text(el, '[part="notice"]')).toBe(
      'Question passée : le guide montrera tout pour cette question.',
    );
    await tick(el, 'iPad');
    await click(el, 'Suivant');
    expect(text(el, '[part="notice"]')).toBe('');
  });

  it('branching: only the guides of the chosen devices and concerns, ordered by concern', async () => {
    const el = await guide();
    await answer(el, {
      devices: [
        'iPhone',
        'Nintendo Switch ou Switch 2',
        'Box internet et décodeur TV (Orange, SFR, Bouygues Telecom, Free…)',
      ],
      concerns: ['Les achats et les dépenses', 'Savoir où est mon enfant'],
    });
    expect(titles(el)).toEqual([
      [
        "iPhone et iPad : « Demander l'autorisation d'achat »", // achats
        "Nintendo Switch : l'application Contrôle parental Nintendo Switch", // achats (after the iPhone)
        'iPhone : partager sa position en famille', // localisation
      ],
    ]);
    expect(text(el, '.qd-card .qd-meta')).toBe('Pour : Les achats et les dépenses · iPhone');
    // The box has no guide about purchases or location: it is not listed, and nothing is said wrong about it.
    expect(text(el, '[part="guide"]')).not.toContain('Box internet : le contrôle parental');
  });

  it('ages: a 6-8 year-old gets YouTube Kids; a 15-17 gets TikTok and the restricted mode; TikTok before 13 says why', async () => {
    const young = await guide();
    await answer(young, { children: [['', '6 à 8 ans']], devices: ['YouTube', 'TikTok'] });
    expect(titles(young)).toEqual([['YouTube Kids pour les enfants']]);
    expect(text(young, '.qd-child-guide')).toContain(
      "Pas de réglage prévu à cet âge pour : TikTok. Vérifiez l'âge demandé par l'appli ou le jeu (souvent 13 ans)",
    );
    const teen = await guide();
    await answer(teen, { children: [['', '15 à 17 ans']], devices: ['YouTube', 'TikTok'] });
    expect(titles(teen)).toEqual([
      [
        'TikTok : la Connexion Famille',
        'YouTube pour les préados et les ados : compte supervisé ou mode restreint',
      ],
    ]);
  });

  it('several children: one guide per child profile, with their name and their own guides; a child can be removed', async () => {
    const el = await guide();
    await answer(el, {
      children: [
        ['Inès', '6 à 8 ans'],
        ['Yanis', '15 à 17 ans'],
      ],
      devices: ['TikTok', 'YouTube'],
    });
    expect(qa(el, '.qd-child-guide h3').map((h) => norm(h.textContent))).toEqual([
      'Pour Inès — 6 à 8 ans',
      'Pour Yanis — 15 à 17 ans',
    ]);
    expect(titles(el)).toEqual([
      ['YouTube Kids pour les enfants'],
      [
        'TikTok : la Connexion Famille',
        'YouTube pour les préados et les ados : compte supervisé ou mode restreint',
      ],
    ]);
    // Steps are ticked per child.
    const [ines, yanis] = qa(el, '.qd-child-guide');
    (ines!.querySelector('input[type="checkbox"]') as HTMLInputElement).click();
    await settle(el);
    expect(norm(ines!.querySelector('.qd-count')!.textContent)).toBe('1 étape faite sur 5');
    expect(norm(yanis!.querySelector('.qd-count')!.textContent)).toBe('0 étape faite sur 5');
    await click(el, 'Modifier mes réponses');
    await click(el, "Retirer l'enfant 1");
    expect(qa(el, 'fieldset.qd-child')).toHaveLength(1);
    expect(q<HTMLInputElement>(el, 'fieldset.qd-child input[type="text"]')!.value).toBe('Yanis');
    expect(() => button(el, "Retirer l'enfant 1")).toThrow(); // the last child cannot be removed
  });

  it('unnamed children are "l\'enfant 1", "l\'enfant 2"', async () => {
    const el = await guide();
    await answer(el, {
      children: [
        ['', '3 à 5 ans'],
        ['', ''],
      ],
      devices: ['iPad'],
      concerns: ['Les achats et les dépenses'],
    });
    expect(qa(el, '.qd-child-guide h3').map((h) => norm(h.textContent))).toEqual([
      "Pour l'enfant 1 — 3 à 5 ans",
      "Pour l'enfant 2",
    ]);
  });

  it('nothing matches: says so, and points to the 3018', async () => {
    const el = await guide();
    await answer(el, {
      devices: ['Box internet et décodeur TV (Orange, SFR, Bouygues Telecom, Free…)'],
      concerns: ['Savoir où est mon enfant'],
    });
    expect(titles(el)).toEqual([[]]);
    expect(text(el, '.qd-child-guide')).toContain(
      'Aucun guide ne correspond à ces réponses. Modifiez vos réponses, ou appelez le 3018',
    );
  });
});
