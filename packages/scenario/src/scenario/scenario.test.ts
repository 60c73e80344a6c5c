import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import type { ScenarioChoiceDetail, ScenarioEndDetail } from '../index.js';
import { clone, samples, tinyStory } from '../fixtures.js';
import { allPaths } from '../graph.js';
import { scenarioContentSchema, type ScenarioContentInput } from '../schema.js';
import { usesMemory } from './memory.js';
import { after, offers, playableWays, startVars } from './memory.part.js';
import {
  axeViolations,
  button,
  cleanup,
  click,
  emulate,
  events,
  focused,
  mount,
  norm,
  q,
  qa,
  settle,
  text,
} from '@quartiers-douai/kit-scripts/testing';
import '../define.js';

/** A story with all its messages shown at once (no typing pause), unless `attrs` say otherwise. */
const story = (content: unknown = tinyStory, attrs: Record<string, string> = {}) =>
  mount('qd-scenario', content, { 'typing-delay': '0', ...attrs });

/** The thread as a person reads it: one line per message ("Sam Regarde…", "Vous Je…"). */
const thread = (el: Element) => qa(el, '.qd-thread > li').map((li) => norm(li.textContent));
const choices = (el: Element) =>
  qa(el, '[part="choices"] li button').map((b) => norm(b.textContent));
const live = (el: Element) => text(el, '[aria-live="polite"]');

beforeEach(() => emulate({ reducedMotion: 'no-preference' }));
afterEach(async () => {
  cleanup();
  vi.useRealTimers();
  vi.restoreAllMocks();
  await emulate({ reducedMotion: null });
});

describe('qd-scenario · start screen', () => {
  it('shows the title, the description, who is in the story, and "Commencer"', async () => {
    const el = await story();
    expect(text(el, 'h2')).toBe('La petite histoire');
    expect(text(el)).toContain('Une histoire de trois étapes pour les tests.');
    expect(text(el)).toContain('Personnages : Sam, Inès');
    expect(button(el, 'Commencer')).toBeTruthy();
    expect(q(el, '[part="thread"]')).toBeNull();
    expect(await axeViolations(el)).toEqual([]);
  });
});

describe('qd-scenario · the thread', () => {
  it('"Commencer": the first messages as a list, who wrote each, focus on the first one, then the choices', async () => {
    const el = await story();
    await click(el, 'Commencer');
    expect(q(el, '[part="thread"]')!.tagName).toBe('OL');
    expect(thread(el)).toEqual([
      'Mercredi, 17 h. Le groupe de la classe s’agite.',
      'S Sam Regarde cette photo de Inès 😂',
    ]);
    expect(focused(el)).toBe(q(el, '.qd-thread > li'));
    expect(q(el, '[part="choices"]')!.getAttribute('role')).toBe('group');
    expect(text(el, '#choose')).toBe('Que faites-vous ?');
    expect(choices(el)).toEqual(['Je regarde la photo', 'Je ne réponds pas']);
    expect(live(el)).toBe(
      'Mercredi, 17 h. Le groupe de la classe s’agite. Sam : Regarde cette photo de Inès 😂',
    );
    expect(await axeViolations(el)).toEqual([]);
  });

  it('a choice: it joins the thread as "Vous", the focus goes there, the next messages follow and are announced', async () => {
    const el = await story();
    const chosen = events<ScenarioChoiceDetail>(el, 'qd-choice');
    await click(el, 'Commencer');
    await click(el, 'Je regarde la photo');
    expect(chosen).toEqual([{ node: 'debut', choice: 0, next: 'montre', tag: 'regarde' }]);
    expect(thread(el).slice(2)).toEqual([
      'Vous Je regarde la photo',
      'S Sam Tu la partages dans le groupe ?',
    ]);
    expect(focused(el)).toBe(q(el, '#you-0'));
    expect(live(el)).toBe('Sam : Tu la partages dans le groupe ?');
    expect(choices(el)).toEqual(['Non, et je dis à Sam de la supprimer', 'Je la partage']);
  });

  it('"Revenir au choix précédent": the last step is taken back, its choices are offered again, focus on the first one', async () => {
    const el = await story();
    await click(el, 'Commencer');
    expect(() => button(el, 'Revenir au choix précédent')).toThrow();
    await click(el, 'Je regarde la photo');
    await click(el, 'Revenir au choix précédent');
    expect(thread(el)).toHaveLength(2);
    expect(choices(el)).toEqual(['Je regarde la photo', 'Je ne réponds pas']);
    expect(focused(el)).toBe(q(el, '[part="choices"] button'));
  });

  it('an ending: what happened, what to remember, the way taken, and `qd-end` with the path of node ids', async () => {
    const el = await story();
    const ends = events<ScenarioEndDetail>(el, 'qd-end');
    await click(el, 'Commencer');
    await click(el, 'Je regarde la photo');
    await click(el, 'Je la partage');
    expect(q(el, '[part="choices"]')).toBeNull();
    expect(text(el, '#end-heading')).toBe('Fin de l’histoire : Une fin difficile');
    expect(text(el, '[part="end"]')).toContain('La photo a fait le tour du collège.');
    expect(text(el, '[part="end"]')).toContain(
      'À retenir Partager une photo sans accord, c’est participer au harcèlement.',
    );
    expect(qa(el, '[part="end"] ol li').map((li) => norm(li.textContent))).toEqual([
      'Je regarde la photo',
      'Je la partage',
    ]);
    expect(ends).toEqual([{ kind: 'bad', path: ['debut', 'montre', 'fin-mal'] }]);
    expect(await axeViolations(el)).toEqual([]);
  });

  it('"Recommencer": back to the first step, focus on its first message', async () => {
    const el = await story();
    await click(el, 'Commencer');
    await click(el, 'Je ne réponds pas');
    expect(text(el, '#end-heading')).toContain('Une fin en demi-teinte');
    await click(el, 'Recommencer');
    expect(thread(el)).toHaveLength(2);
    expect(q(el, '[part="end"]')).toBeNull();
    expect(focused(el)).toBe(q(el, '#m-0-0'));
  });
});

describe('qd-scenario · typing pause and reduced motion', () => {
  it('with motion allowed: one message at a time, "… écrit", and "Tout afficher" skips the wait', async () => {
    const el = await story(tinyStory, { 'typing-delay': '60000' });
    await click(el, 'Commencer');
    expect(thread(el)).toHaveLength(1);
    expect(text(el, '.qd-typing')).toContain('Sam écrit…');
    expect(q(el, '[part="choices"]')).toBeNull();
    await click(el, 'Tout afficher');
    expect(thread(el)).toHaveLength(2);
    expect(choices(el)).toHaveLength(2);
  });

  it('"Tout afficher" with the keyboard: the focus goes on to the choices, not lost with the button', async () => {
    const el = await story(tinyStory, { 'typing-delay': '60000' });
    await click(el, 'Commencer');
    button(el, 'Tout afficher').focus();
    await userEvent.keyboard('{Enter}');
    await settle(el);
    expect(focused(el)).toBe(q(el, '[part="choices"] button'));
  });

  it('the next message comes by itself after the pause', async () => {
    vi.useFakeTimers();
    const el = await story(tinyStory, { 'typing-delay': '900' });
    await click(el, 'Commencer');
    expect(thread(el)).toHaveLength(1);
    vi.advanceTimersByTime(900);
    await settle(el);
    expect(thread(el)).toHaveLength(2);
    expect(live(el)).toBe('Sam : Regarde cette photo de Inès 😂');
  });

  it('with reduced motion: every message at once, no pause, whatever the delay', async () => {
    await emulate({ reducedMotion: 'reduce' });
    const el = await story(tinyStory, { 'typing-delay': '60000' });
    await click(el, 'Commencer');
    expect(thread(el)).toHaveLength(2);
    expect(q(el, '.qd-typing')).toBeNull();
  });
});

describe('qd-scenario · group mode (projected)', () => {
  it('the group votes by a show of hands: numbered choices, one picked, then "Révéler la suite"', async () => {
    const el = await story(tinyStory, { group: '' });
    const chosen = events<ScenarioChoiceDetail>(el, 'qd-choice');
    await click(el, 'Commencer');
    expect(text(el, '[part="choices"]')).toContain('Votez à main levée');
    expect(choices(el)).toEqual(['Choix 1 Je regarde la photo', 'Choix 2 Je ne réponds pas']);
    expect(qa(el, '[part="choices"] li button').map((b) => b.getAttribute('aria-pressed'))).toEqual(
      ['false', 'false'],
    );
    expect(() => button(el, 'Révéler la suite')).toThrow();
    await click(el, /Je ne réponds pas/);
    expect(qa(el, '[part="choices"] li button').map((b) => b.getAttribute('aria-pressed'))).toEqual(
      ['false', 'true'],
    );
    expect(chosen).toEqual([]);
    await click(el, 'Révéler la suite');
    expect(chosen).toEqual([{ node: 'debut', choice: 1, next: 'ignore' }]);
    expect(text(el, '#end-heading')).toContain('Une fin en demi-teinte');
  });

  it('uses larger text', async () => {
    const solo = await story();
    const group = await story(tinyStory, { group: '' });
    const size = (el: Element) => parseFloat(getComputedStyle(q(el, '.qd-scenario')!).fontSize);
    expect(size(group) / size(solo)).toBeCloseTo(1.5, 1);
  });
});

describe('qd-scenario · easy-read and read-aloud', () => {
  it('"Facile à lire" shows the easy variant of each message and choice', async () => {
    const el = await story();
    await click(el, 'Commencer');
    await click(el, 'Facile à lire');
    expect(thread(el)[1]).toContain('Sam envoie une photo de Inès.');
    expect(choices(el)[0]).toBe('Je regarde');
  });

  it('read-aloud: an "Écouter" button for each message and for the choices', async () => {
    const el = await story(tinyStory, { 'read-aloud': '' });
    await click(el, 'Commencer');
    expect(qa(el, '.qd-thread .qd-read-aloud')).toHaveLength(2);
    expect(qa(el, '[part="choices"] .qd-read-aloud')).toHaveLength(1);
  });
});

describe('qd-scenario · keyboard', () => {
  it('Tab to "Commencer", Enter; Tab to a choice, Enter: the focus follows the story', async () => {
    const el = await story();
    button(el, 'Commencer').focus();
    await userEvent.keyboard('{Enter}');
    await settle(el);
    expect(focused(el)).toBe(q(el, '#m-0-0'));
    let guard = 0;
    while (norm(focused(el)?.textContent) !== 'Je ne réponds pas' && guard++ < 20)
      await userEvent.keyboard('{Tab}');
    await userEvent.keyboard('{Enter}');
    await settle(el);
    expect(focused(el)).toBe(q(el, '#you-0'));
    expect(text(el, '#end-heading')).toContain('Une fin en demi-teinte');
  });
});

describe('qd-scenario · every path of every sample', () => {
  it.each(Object.entries(samples))(
    '%s: each way through is playable by clicking',
    async (_n, s) => {
      const r = scenarioContentSchema.safeParse(s);
      const content = r.data!;
      // Every game the memory lets a person play (a story without memory: every path).
      const ways = playableWays(content);
      expect(ways.length).toBeGreaterThanOrEqual(3);
      if (!usesMemory(content)) expect(ways.length).toBe(allPaths(content).length);
      for (const way of ways) {
        const el = await story(s);
        const ends = events<ScenarioEndDetail>(el, 'qd-end');
        await click(el, 'Commencer');
        let v = startVars(content);
        for (const step of way.slice(0, -1)) {
          // The choice is pressed where it is shown: hidden choices are not among the buttons.
          const shown = offers(content, step.node, v);
          const at = shown.findIndex((o) => o.index === step.choice);
          v = after(v, shown[at]!.choice);
          qa<HTMLButtonElement>(el, '[part="choices"] li button')[at]!.click();
          await settle(el);
        }
        const kind = content.nodes[way.at(-1)!.node]!.end!.kind;
        expect(ends).toEqual([{ kind, path: way.map((w) => w.node) }]);
        cleanup();
      }
    },
  );
});

// Content rendered as text (XSS): the quality gates' gate 3 (tools/quality/src/xss.test.ts) puts its
// payloads in every field of every sample (names, messages, choices) and plays to an ending.

describe('qd-scenario · steps named like what every object has', () => {
  it('a choice leading to « toString » (no such step) is explained in French, never a broken thread', async () => {
    const c = clone(tinyStory) as ScenarioContentInput & { nodes: Record<string, any> };
    c.nodes['montre'].choices.push({ text: 'Je la montre à tout le monde', next: 'toString' });
    const el = await story(c);
    expect(el.contentStatus).toBe('invalid');
    expect(text(el, '[role="alert"]')).toContain('nodes.montre.choices[2].next');
  });
});

describe('qd-scenario · languages', () => {
  it('Arabic page: right to left, Arabic interface, the story in its own language', async () => {
    document.documentElement.lang = 'ar';
    try {
      const el = await story();
      expect(q(el, '.qd-root')!.getAttribute('dir')).toBe('rtl');
      expect(q(el, '.qd-scenario')!.getAttribute('lang')).toBe('fr');
      await click(el, 'ابدأ');
      expect(text(el, '#choose')).toBe('ماذا تفعل؟');
    } finally {
      document.documentElement.lang = 'fr';
    }
  });
});
