/**
 * `<qd-scenario>` with a memory (docs/decisions/0027): what a person notices — choices hidden, or
 * shown disabled with their reason; the score of the ending; the way and the variables kept with
 * `storage`; the memory's code fetched only by a story that has one.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import type { ScenarioChoiceDetail } from '../index.js';
import { clone, samples, tinyStory } from '../fixtures.js';
import type { ScenarioContentInput } from '../schema.js';
import {
  axeViolations,
  button,
  cleanup,
  click,
  events,
  focused,
  mount,
  norm,
  q,
  qa,
  text,
} from '@quartiers-douai/kit-scripts/testing';
import '../define.js';

const story = (content: unknown, attrs: Record<string, string> = {}) =>
  mount('qd-scenario', content, { 'typing-delay': '0', ...attrs });

const choices = (el: Element) =>
  qa(el, '[part="choices"] li button').map((b) => norm(b.textContent));
const fetched = (name: string) =>
  performance.getEntriesByType('resource').some((r) => r.name.includes(name));

afterEach(() => {
  cleanup();
  localStorage.clear();
  vi.restoreAllMocks();
});

/** The class-group sample, played to the next day with Sami's trust at 1 and no evidence kept. */
async function toNextDayWithoutEvidence(attrs: Record<string, string> = {}) {
  const el = await story(samples.groupe, attrs);
  await click(el, 'Commencer');
  await click(el, 'Écrire à Sami en privé : « Ça va ? Je trouve ça nul »');
  await click(el, 'Lui dire de laisser tomber, que ça va passer');
  return el;
}

describe('qd-scenario · a story without memory', () => {
  // (first in this file: nothing else has fetched the parts yet)
  it('never fetches the memory’s code nor the storage part', async () => {
    const el = await story(tinyStory);
    await click(el, 'Commencer');
    await click(el, 'Je regarde la photo');
    expect(choices(el)).toEqual(['Non, et je dis à Sam de la supprimer', 'Je la partage']);
    expect(fetched('memory.part')).toBe(false);
    expect(fetched('progress.part')).toBe(false);
  });
});

describe('qd-scenario · choices and conditions', () => {
  it('a choice whose condition fails stays, disabled, with its reason written under it', async () => {
    const el = await toNextDayWithoutEvidence();
    expect(fetched('memory.part')).toBe(true);
    expect(choices(el)).toEqual([
      'Montrer les captures à la CPE',
      'Appeler le 3018 avec Sami',
      'En parler à un adulte, sans preuve',
      'Ne rien dire',
    ]);
    const cpe = button(el, 'Montrer les captures à la CPE');
    expect(cpe.getAttribute('aria-disabled')).toBe('true');
    const why = q(el, `#${cpe.getAttribute('aria-describedby')}`);
    expect(norm(why?.textContent)).toBe(
      "Pas possible pour l’instant : tu n'as gardé aucune preuve, et Naël a supprimé ses messages.",
    );
    expect(button(el, 'En parler à un adulte, sans preuve').hasAttribute('aria-disabled')).toBe(
      false,
    );
  });

  it('pressing a disabled choice says why, and goes nowhere', async () => {
    const el = await toNextDayWithoutEvidence();
    const chosen = events<ScenarioChoiceDetail>(el, 'qd-choice');
    await click(el, 'Appeler le 3018 avec Sami');
    expect(chosen).toEqual([]);
    expect(text(el, '[part="notice"]')).toBe(
      'Sami ne te fait pas encore assez confiance pour en parler avec toi.',
    );
    expect(choices(el)).toContain('Ne rien dire');
  });

  it('the keyboard reaches a disabled choice (it is described, not skipped)', async () => {
    const el = await toNextDayWithoutEvidence();
    button(el, 'En parler à un adulte, sans preuve').focus();
    await userEvent.keyboard('{Shift>}{Tab}{/Shift}');
    expect(focused(el)?.textContent).toContain('Appeler le 3018 avec Sami');
  });

  it('what was chosen before opens the choices: evidence kept and trust won', async () => {
    const el = await story(samples.groupe);
    await click(el, 'Commencer');
    await click(el, 'Écrire à Sami en privé : « Ça va ? Je trouve ça nul »');
    await click(el, 'Lui proposer de garder des preuves ensemble');
    for (const name of ['Montrer les captures à la CPE', 'Appeler le 3018 avec Sami'])
      expect(button(el, name).hasAttribute('aria-disabled')).toBe(false);
    expect(qa(el, '[part="choices"] li p')).toEqual([]);
  });

  it('« Revenir au choix précédent » takes the memory back too', async () => {
    const el = await story(samples.groupe);
    await click(el, 'Commencer');
    await click(el, 'Écrire à Sami en privé : « Ça va ? Je trouve ça nul »');
    await click(el, 'Lui proposer de garder des preuves ensemble');
    await click(el, 'Revenir au choix précédent');
    await click(el, 'Lui dire de laisser tomber, que ça va passer');
    expect(button(el, 'Appeler le 3018 avec Sami').getAttribute('aria-disabled')).toBe('true');
  });

  it('a choice whose condition fails and that has no reason is not offered; nor one leading to a step whose condition fails', async () => {
    const c = clone(tinyStory) as ScenarioContentInput;
    c.variables = [{ name: 'aVu', kind: 'flag' }];
    c.nodes['debut']!.choices!.push({
      text: 'Je regarde et je like',
      next: 'montre',
      set: { aVu: true },
    });
    c.nodes['montre']!.choices!.push({
      text: 'Je n’ai rien vu',
      next: 'ignore',
      if: { var: 'aVu', is: false },
    });
    c.nodes['fin-mal']!.if = { var: 'aVu', is: false };
    const el = await story(c);
    await click(el, 'Commencer');
    await click(el, 'Je regarde et je like');
    expect(choices(el)).toEqual(['Non, et je dis à Sam de la supprimer']);
    await click(el, 'Revenir au choix précédent');
    await click(el, 'Je regarde la photo');
    expect(choices(el)).toEqual([
      'Non, et je dis à Sam de la supprimer',
      'Je la partage',
      'Je n’ai rien vu',
    ]);
  });
});

describe('qd-scenario · the score of an ending', () => {
  it('a fixed score: « Votre score : 3 sur 3 »', async () => {
    const el = await story(samples.groupe);
    await click(el, 'Commencer');
    await click(el, 'Écrire à Sami en privé : « Ça va ? Je trouve ça nul »');
    await click(el, 'Lui proposer de garder des preuves ensemble');
    await click(el, 'Appeler le 3018 avec Sami');
    expect(text(el, '[part="end"]')).toContain('Votre score : 3 sur 3');
    expect(await axeViolations(el)).toEqual([]);
  });

  it('a score from a counter: the trust won on the way', async () => {
    const el = await story(samples.groupe);
    await click(el, 'Commencer');
    await click(el, "Faire des captures d'écran du groupe, au cas où");
    await click(el, 'Ne rien faire de plus ce soir');
    await click(el, 'Montrer les captures à la CPE');
    expect(text(el, '[part="end"]')).toContain('Votre score : 0 sur 3');
  });

  it('in English', async () => {
    const el = await story(samples.groupe, { lang: 'en' });
    await click(el, 'Start');
    await click(el, 'Ajouter un emoji qui rit, comme les autres');
    await click(el, 'Passer à autre chose');
    expect(text(el, '[part="end"]')).toContain('Your score: 0 out of 3');
  });
});

describe('qd-scenario · a story breaking a rule of its memory', () => {
  it('is explained in French, never played', async () => {
    const c = clone(tinyStory) as ScenarioContentInput;
    c.variables = [{ name: 'aVu', kind: 'flag' }];
    c.nodes['montre']!.choices![0]!.if = { var: 'aVu', is: true };
    const el = await story(c);
    expect(el.contentStatus).toBe('invalid');
    expect(text(el, '[role="alert"]')).toContain(
      'variables[0] : la variable « aVu » est testée par une condition mais aucun choix ne la change',
    );
  });
});

describe('qd-scenario · storage', () => {
  it('with storage="local", the way and the variables are kept, and the story resumes there', async () => {
    const el = await toNextDayWithoutEvidence({ storage: 'local' });
    const saved = JSON.parse(localStorage.getItem('qd:scenario-progress:le-groupe-de-la-classe')!);
    expect(saved).toMatchObject({
      kit: 'quartiers-douai',
      type: 'scenario-progress',
      version: 1,
      data: {
        steps: [
          { node: 'debut', choice: 1 },
          { node: 'message-sami', choice: 1 },
          { node: 'lendemain' },
        ],
        vars: { confiance: 1, captures: false },
      },
    });
    el.remove();
    const again = await story(samples.groupe, { storage: 'local' });
    expect(text(again, '[part="notice"]')).toBe('Vous reprenez l’histoire là où vous en étiez.');
    expect(button(again, 'Appeler le 3018 avec Sami').getAttribute('aria-disabled')).toBe('true');
  });

  it('a progress saved without variables still loads: they are played again from the way', async () => {
    localStorage.setItem(
      'qd:scenario-progress:le-groupe-de-la-classe',
      JSON.stringify({
        kit: 'quartiers-douai',
        type: 'scenario-progress',
        version: 1,
        savedAt: '2026-12-01T10:00:00.000Z',
        data: {
          steps: [
            { node: 'debut', choice: 1 },
            { node: 'message-sami', choice: 0 },
            { node: 'lendemain' },
          ],
        },
      }),
    );
    const el = await story(samples.groupe, { storage: 'local' });
    expect(button(el, 'Appeler le 3018 avec Sami').hasAttribute('aria-disabled')).toBe(false);
    expect(button(el, 'Montrer les captures à la CPE').hasAttribute('aria-disabled')).toBe(false);
  });

  it('a kept way that no longer fits the story is left: the story starts afresh', async () => {
    localStorage.setItem(
      'qd:scenario-progress:petite-histoire',
      JSON.stringify({
        kit: 'quartiers-douai',
        type: 'scenario-progress',
        version: 1,
        savedAt: '2026-12-01T10:00:00.000Z',
        data: { steps: [{ node: 'debut', choice: 0 }, { node: 'ignore' }] },
      }),
    );
    const el = await story(tinyStory, { storage: 'local' });
    expect(button(el, 'Commencer')).toBeTruthy();
  });

  it('« Effacer mes données » removes what the story kept', async () => {
    const el = await story(tinyStory, { storage: 'local' });
    await click(el, 'Commencer');
    await click(el, 'Je ne réponds pas');
    expect(localStorage.getItem('qd:scenario-progress:petite-histoire')).not.toBeNull();
    await click(el, 'Effacer mes données');
    expect(localStorage.getItem('qd:scenario-progress:petite-histoire')).toBeNull();
    expect(text(el, '[part="notice"]')).toBe('Vos données ont été effacées de cet appareil.');
    expect(button(el, 'Commencer')).toBeTruthy();
  });
});
