import { afterEach, describe, expect, it, vi } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { longDate, type DemarcheCompleteDetail, type DemarcheStepDetail } from '../index.js';
import { clone, samples, tinyProcedure } from '../fixtures.js';
import type { DemarcheContentInput } from '../schema.js';
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

const demarche = (content: unknown = tinyProcedure, attrs: Record<string, string> = {}) =>
  mount('qd-demarche', content, attrs);

const zones = (el: Element) => qa<HTMLButtonElement>(el, '.qd-hotspot');
const zone = (el: Element, label: string) => {
  const z = zones(el).find((b) => norm(b.textContent) === label);
  if (!z)
    throw new Error(
      `no zone "${label}" among ${zones(el)
        .map((b) => norm(b.textContent))
        .join(' | ')}`,
    );
  return z;
};
const status = (el: Element) => text(el, '.qd-feedback');
const input = (el: Element, k: number) => q<HTMLInputElement>(el, `#f-${k}`)!;

async function press(el: HTMLElement, label: string): Promise<void> {
  zone(el, label).click();
  await settle(el);
}

async function fill(el: HTMLElement, values: string[]): Promise<void> {
  values.forEach((v, k) => {
    const i = input(el, k);
    i.value = v;
    i.dispatchEvent(new Event('input', { bubbles: true }));
  });
  await settle(el);
}

afterEach(async () => {
  cleanup();
  vi.restoreAllMocks();
  localStorage.clear();
  await page.viewport(1024, 720);
});

describe('qd-demarche · defaults', () => {
  it('start screen: title, training notice, the real service and its date, two ways to start, the list to prepare, the words', async () => {
    const el = await demarche();
    expect(text(el, 'h2')).toBe('La petite démarche');
    expect(text(el, '[part="training"]')).toBe(
      'Maquette d’entraînement : ce n’est pas le vrai site, rien n’est envoyé.',
    );
    const official = q<HTMLAnchorElement>(el, '.qd-official a')!;
    expect(official.href).toBe('https://www.service-public.fr/');
    expect(norm(official.textContent)).toBe(
      'Le vrai service : Service d’exemple (ouvre un nouvel onglet)',
    );
    expect(text(el, '.qd-checked')).toBe('Étapes vérifiées le 29 novembre 2026.');
    const starts = qa(el, '.qd-start button').map((b) => norm(b.textContent));
    expect(starts).toEqual(['Commencer, guidé pas à pas', 'M’entraîner seul']);
    expect(text(el, '#prepare')).toBe('À préparer');
    expect(text(el, '.qd-glossary')).toContain(
      'identifiant Le nom qui vous reconnaît sur le site.',
    );
    expect(el.mode).toBe('guided');
  });
});

describe('qd-demarche · attributes', () => {
  it('mode="practice" puts « M’entraîner seul » first, as the main button', async () => {
    const el = await demarche(tinyProcedure, { mode: 'practice' });
    const first = q(el, '[part="start"] .qd-button--primary')!;
    expect(norm(first.textContent)).toBe('M’entraîner seul');
  });

  it('easy: the easy-read variants of the description, instructions and checklist', async () => {
    const el = await demarche(tinyProcedure, { easy: '' });
    expect(text(el, '[part="start"]')).toContain('Trois étapes pour essayer.');
    expect(text(el, 'label[for="prep-0"]')).toBe('Votre e-mail');
    await click(el, 'Commencer, guidé pas à pas');
    expect(text(el, '[part="instruction"]')).toBe('Appuyez sur « Créer ».');
  });

  it('read-aloud="false" hides the « Écouter » buttons (shown by default)', async () => {
    const on = await demarche();
    await click(on, 'Commencer, guidé pas à pas');
    expect(qa(on, '[part="read-aloud"]').length).toBeGreaterThan(0);
    const off = await demarche(tinyProcedure, { 'read-aloud': 'false' });
    await click(off, 'Commencer, guidé pas à pas');
    expect(qa(off, '[part="read-aloud"]')).toEqual([]);
  });
});

describe('qd-demarche · content loading & errors', () => {
  it('a wrong file shows the French panel with where and what to change', async () => {
    const bad = clone(tinyProcedure);
    bad.steps[0]!.hotspots![0]!.correct = false;
    bad.steps[2]!.hotspots![0]!.x = 80;
    const el = await demarche(bad);
    const panel = text(el, '[role="alert"]');
    expect(panel).toContain("l'étape « entrer » n'a aucune zone juste");
    expect(panel).toContain("la zone « Bouton Terminer » dépasse de l'image (x + w = 110");
  });

  it('loads from `src` too', async () => {
    const url = URL.createObjectURL(
      new Blob([JSON.stringify(tinyProcedure)], { type: 'application/json' }),
    );
    const el = await demarche(null, { src: url });
    await vi.waitFor(() => expect(text(el, 'h2')).toBe('La petite démarche'));
    URL.revokeObjectURL(url);
  });
});

describe('qd-demarche · first screen in short tasks (Total Blocking Time)', () => {
  it('builds its start screen in several steps behind « Chargement… », shows it whole once ready (updateComplete waits), and new content at once', async () => {
    const el = document.createElement('qd-demarche');
    el.content = clone(tinyProcedure);
    document.body.append(el);
    // What a person could perceive after each render: the loading message, the screen hidden or
    // shown, the start buttons, the list to prepare.
    const seen: string[] = [];
    const look = () => {
      const r = el.shadowRoot!;
      const box = r.querySelector('.qd-demarche');
      const now = [
        r.querySelector('[part="loading"]') ? 'chargement' : '',
        box ? (box.hasAttribute('hidden') ? 'caché' : 'visible') : '',
        r.querySelector('.qd-start') ? 'boutons' : '',
        r.querySelector('#prepare') ? 'à préparer' : '',
      ]
        .filter(Boolean)
        .join(' ');
      if (now && now !== seen.at(-1)) seen.push(now);
    };
    const watch = new MutationObserver(look);
    watch.observe(el.shadowRoot!, { subtree: true, childList: true, attributes: true });
    try {
      await el.updateComplete;
      look();
      expect(seen).toEqual([
        'chargement caché',
        'chargement caché boutons',
        'visible boutons à préparer',
      ]);
      expect(text(el, '.qd-checked')).toBe('Étapes vérifiées le 29 novembre 2026.');
      expect(button(el, 'Commencer, guidé pas à pas')).toBeTruthy();
      seen.length = 0;
      el.content = { ...clone(tinyProcedure), title: 'Une autre démarche' };
      await el.updateComplete;
      look();
      expect(seen).toEqual(['visible boutons à préparer']);
      expect(text(el, 'h2')).toBe('Une autre démarche');
    } finally {
      watch.disconnect();
      el.remove();
    }
  });

  it('a French page writes the date of the last check as Intl would, without building a date formatter (slow on a phone)', async () => {
    const formatter = vi.spyOn(Intl, 'DateTimeFormat');
    const toLocale = vi.spyOn(Date.prototype, 'toLocaleDateString');
    const el = await demarche();
    expect(text(el, '.qd-checked')).toBe('Étapes vérifiées le 29 novembre 2026.');
    expect(formatter).not.toHaveBeenCalled();
    expect(toLocale).not.toHaveBeenCalled();
    vi.restoreAllMocks();
    const options = { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' } as const;
    for (let m = 1; m <= 12; m++)
      for (const d of ['01', '09', '28']) {
        const iso = `2026-${String(m).padStart(2, '0')}-${d}`;
        expect(longDate(iso, 'fr')).toBe(
          new Date(`${iso}T00:00:00Z`).toLocaleDateString('fr', options),
        );
      }
    expect(longDate('2026-11-29', 'en')).toBe('November 29, 2026');
    expect(longDate('pas une date', 'fr')).toBe('pas une date');
  });
});

describe('qd-demarche · guided mode', () => {
  it('« Étape 1 sur 3 », the focus on the step title, the zone to press circled and described', async () => {
    const el = await demarche();
    await click(el, 'Commencer, guidé pas à pas');
    expect(text(el, '[part="progress"]')).toBe('Étape 1 sur 3');
    expect(focused(el)).toBe(q(el, '#step-title'));
    expect(text(el, '#step-title')).toBe('Entrer sur le site');
    expect(text(el, '#guide')).toBe(
      'À faire : appuyez sur « Bouton Créer », entouré en couleur sur l’écran.',
    );
    const right = zone(el, 'Bouton Créer');
    expect(right.classList.contains('qd-hotspot--target')).toBe(true);
    expect(right.getAttribute('aria-describedby')).toBe('guide');
    expect(zone(el, 'Bouton Aide').classList.contains('qd-hotspot--target')).toBe(false);
    expect(text(el, '.qd-box')).toBe('Astuce : Lisez ce qui est écrit sur le bouton.');
  });

  it('a wrong zone: its feedback in role="status", the step stays; the right one: « Bien joué ! », next step, focus on its title', async () => {
    const el = await demarche();
    await click(el, 'Commencer, guidé pas à pas');
    await press(el, 'Bouton Aide');
    expect(q(el, '.qd-feedback')!.getAttribute('role')).toBe('status');
    expect(status(el)).toBe('C’est l’aide.');
    expect(text(el, '[part="progress"]')).toBe('Étape 1 sur 3');
    await press(el, 'Bouton Créer');
    expect(status(el)).toBe('Bien joué ! C’est le bon bouton.');
    expect(text(el, '[part="progress"]')).toBe('Étape 2 sur 3');
    expect(focused(el)).toBe(q(el, '#step-title'));
  });

  it('« Étape précédente » and « Recommencer »', async () => {
    const el = await demarche();
    await click(el, 'Commencer, guidé pas à pas');
    expect(() => button(el, 'Étape précédente')).toThrow();
    await press(el, 'Bouton Créer');
    await click(el, 'Étape précédente');
    expect(text(el, '[part="progress"]')).toBe('Étape 1 sur 3');
    expect(focused(el)).toBe(q(el, '#step-title'));
    await click(el, 'Recommencer');
    expect(q(el, '[part="start"]')).not.toBeNull();
    expect(focused(el)).toBe(q(el, '#title'));
  });
});

describe('qd-demarche · practice mode', () => {
  it('nothing circled; after two wrong tries the hint shows and the right zone is circled', async () => {
    const el = await demarche();
    await click(el, 'M’entraîner seul');
    expect(q(el, '#guide')).toBeNull();
    expect(q(el, '.qd-hotspot--target')).toBeNull();
    await press(el, 'Bouton Aide');
    expect(status(el)).toBe('C’est l’aide.');
    expect(q(el, '#guide')).toBeNull();
    await press(el, 'Bouton Aide');
    expect(status(el)).toBe(
      'C’est l’aide. Indice : cherchez « Bouton Créer », entouré en couleur sur l’écran.',
    );
    expect(text(el, '#guide')).toBe(
      'Indice : cherchez « Bouton Créer », entouré en couleur sur l’écran.',
    );
    expect(zone(el, 'Bouton Créer').classList.contains('qd-hotspot--target')).toBe(true);
  });

  it('the step’s own `hint` when it has one', async () => {
    const el = await demarche();
    await click(el, 'M’entraîner seul');
    await press(el, 'Bouton Créer');
    await fill(el, ['camille@exemple.fr', 'Douai']);
    await click(el, 'Continuer');
    await press(el, 'Bouton Quitter');
    await press(el, 'Bouton Quitter');
    expect(text(el, '#guide')).toBe('Le bouton est en haut à gauche.');
    expect(status(el)).toBe(
      'Ce n’est pas là. Regardez encore l’écran. Le bouton est en haut à gauche.',
    );
  });
});

describe('qd-demarche · sample forms', () => {
  it('labelled fields, autocomplete off, the « données d’exemple » notice, the sample to type', async () => {
    const el = await demarche();
    await click(el, 'Commencer, guidé pas à pas');
    await press(el, 'Bouton Créer');
    const form = q<HTMLFormElement>(el, 'form')!;
    expect(form.getAttribute('action')).toBeNull();
    expect(form.getAttribute('autocomplete')).toBe('off');
    expect(text(el, '.qd-sample')).toBe(
      'Données d’exemple — ne saisissez pas vos vraies informations.',
    );
    expect(input(el, 0).labels?.[0]?.textContent?.trim()).toBe('Adresse e-mail');
    expect(input(el, 0).type).toBe('email');
    expect(input(el, 0).getAttribute('autocomplete')).toBe('off');
    expect(input(el, 0).getAttribute('aria-describedby')).toBe('sample ex-0');
    expect(text(el, '#ex-0')).toBe('Exemple à taper : camille@exemple.fr');
  });

  it('a password field never offers a saved password (autocomplete="new-password": Chrome ignores "off" there)', async () => {
    const secret = clone(tinyProcedure);
    secret.steps[1]!.screen.mock!.fields[1] = {
      label: 'Mot de passe',
      type: 'password',
      expected: 'Entrainement-2026',
    };
    const el = await demarche(secret);
    await click(el, 'Commencer, guidé pas à pas');
    await press(el, 'Bouton Créer');
    expect(input(el, 1).type).toBe('password');
    expect(input(el, 1).getAttribute('autocomplete')).toBe('new-password');
    expect(input(el, 0).getAttribute('autocomplete')).toBe('off');
  });

  it('only the sample values are accepted: errors in role="alert", linked to the field, focus on the first one', async () => {
    const el = await demarche();
    await click(el, 'Commencer, guidé pas à pas');
    await press(el, 'Bouton Créer');
    await fill(el, ['moi@vrai-mail.fr', '']);
    await click(el, 'Continuer');
    expect(text(el, '#err-0')).toBe('Tapez l’exemple : camille@exemple.fr');
    expect(q(el, '#err-0')!.getAttribute('role')).toBe('alert');
    expect(input(el, 0).getAttribute('aria-invalid')).toBe('true');
    expect(input(el, 0).getAttribute('aria-describedby')).toBe('sample ex-0 err-0');
    expect(text(el, '#err-1')).toBe('Remplissez ce champ avec l’exemple.');
    expect(focused(el)).toBe(input(el, 0));
    expect(status(el)).toBe('Corrigez les champs signalés, avec les données d’exemple.');
    await fill(el, [' Camille@Exemple.fr ', 'Douai']);
    await click(el, 'Continuer');
    expect(text(el, '[part="progress"]')).toBe('Étape 3 sur 3');
  });

  it('a `date` field: the date picked is compared as a date with a sample written JJ/MM/AAAA', async () => {
    const dated = clone(tinyProcedure);
    dated.steps[1]!.screen.mock!.fields = [
      { label: 'Date d’emménagement', type: 'date', expected: '01/12/2026' },
    ];
    const el = await demarche(dated);
    await click(el, 'Commencer, guidé pas à pas');
    await press(el, 'Bouton Créer');
    expect(input(el, 0).type).toBe('date');
    await fill(el, ['2026-11-30']);
    await click(el, 'Continuer');
    expect(text(el, '#err-0')).toBe('Tapez l’exemple : 01/12/2026');
    await fill(el, ['2026-12-01']);
    await click(el, 'Continuer');
    expect(text(el, '[part="progress"]')).toBe('Étape 3 sur 3');
  });

  it('never sends anything: submitting is prevented, no navigation, no request', async () => {
    const fetchSpy = vi.spyOn(window, 'fetch');
    const xhr = vi.spyOn(XMLHttpRequest.prototype, 'open');
    const before = location.href;
    const el = await demarche();
    await click(el, 'Commencer, guidé pas à pas');
    await press(el, 'Bouton Créer');
    const form = q<HTMLFormElement>(el, 'form')!;
    let prevented: boolean | undefined;
    form.addEventListener('submit', (e) => queueMicrotask(() => (prevented = e.defaultPrevented)));
    await fill(el, ['camille@exemple.fr', 'Douai']);
    input(el, 1).focus();
    await userEvent.keyboard('{Enter}');
    await settle(el);
    await new Promise((r) => setTimeout(r, 50));
    expect(prevented).toBe(true);
    expect(location.href).toBe(before);
    expect(fetchSpy).not.toHaveBeenCalled();
    expect(xhr).not.toHaveBeenCalled();
    expect(text(el, '[part="progress"]')).toBe('Étape 3 sur 3');
  });
});

describe('qd-demarche · glossary', () => {
  it('a word of the glossary in the instruction is a disclosure button: aria-expanded, its definition below', async () => {
    const el = await demarche();
    await click(el, 'Commencer, guidé pas à pas');
    const term = q<HTMLButtonElement>(el, '.qd-term')!;
    expect(norm(term.textContent)).toBe('identifiant');
    expect(term.getAttribute('aria-expanded')).toBe('false');
    const def = q(el, `#${term.getAttribute('aria-controls')!}`)!;
    expect(def.hidden).toBe(true);
    term.click();
    await settle(el);
    expect(term.getAttribute('aria-expanded')).toBe('true');
    expect(def.hidden).toBe(false);
    expect(norm(def.textContent)).toBe('identifiant : Le nom qui vous reconnaît sur le site.');
  });

  it('a word inside a link stays text (no button inside a link); its next use is the button', async () => {
    const linked = clone(tinyProcedure);
    linked.steps[0]!.instruction =
      'Lisez [l’aide sur l’identifiant](https://www.service-public.fr/aide), puis créez votre identifiant.';
    const el = await demarche(linked);
    await click(el, 'Commencer, guidé pas à pas');
    expect(qa(el, '[part="instruction"] a button, [part="instruction"] a [role="button"]')).toEqual(
      [],
    );
    expect(norm(q(el, '[part="instruction"] a')!.textContent)).toBe(
      'l’aide sur l’identifiant (ouvre un nouvel onglet)',
    );
    const terms = qa<HTMLButtonElement>(el, '.qd-term');
    expect(terms).toHaveLength(1);
    expect(terms[0]!.closest('a')).toBeNull();
    expect(norm(terms[0]!.textContent)).toBe('identifiant');
    expect(await axeViolations(el)).toEqual([]);
  });

  it('easy-read on: the easy definition', async () => {
    const withWord = clone(tinyProcedure);
    withWord.steps[0]!.easy = 'Créez votre identifiant.';
    const el = await demarche(withWord, { easy: '' });
    await click(el, 'Commencer, guidé pas à pas');
    q<HTMLButtonElement>(el, '.qd-term')!.click();
    await settle(el);
    expect(norm(q(el, '.qd-def')!.textContent)).toBe('identifiant : Votre nom sur le site.');
  });

  it('words are text: markup in a term or a definition is shown, not run', async () => {
    const xss = clone(tinyProcedure);
    xss.glossary![0] = { term: 'identifiant', definition: '<img src=x onerror="window.__x=1">' };
    xss.steps[0]!.instruction = 'Votre identifiant <b>gras</b>';
    const el = await demarche(xss);
    await click(el, 'Commencer, guidé pas à pas');
    q<HTMLButtonElement>(el, '.qd-term')!.click();
    await settle(el);
    expect(qa(el, '[part="instruction"] img, [part="instruction"] b')).toEqual([]);
    expect(text(el, '[part="instruction"]')).toContain('<b>gras</b>');
    expect(text(el, '.qd-def')).toContain('<img src=x');
  });
});

describe('qd-demarche · zones over the picture', () => {
  it('real buttons named by `label`, in reading order (top to bottom, then left to right)', async () => {
    const el = await demarche();
    await click(el, 'Commencer, guidé pas à pas');
    expect(zones(el).map((b) => [b.tagName, b.type, norm(b.textContent)])).toEqual([
      ['BUTTON', 'button', 'Bouton Aide'],
      ['BUTTON', 'button', 'Bouton Créer'],
    ]);
  });

  it.each([320, 1024])('follow the picture when it scales (%i px wide)', async (width) => {
    await page.viewport(width, 720);
    const el = await demarche();
    await click(el, 'Commencer, guidé pas à pas');
    const img = q<HTMLImageElement>(el, '.qd-shot img')!;
    await vi.waitFor(() => expect(img.complete).toBe(true));
    const box = img.getBoundingClientRect();
    expect(box.right).toBeLessThanOrEqual(width);
    const r = zone(el, 'Bouton Créer').getBoundingClientRect();
    expect(Math.abs(r.left - (box.left + 0.6 * box.width))).toBeLessThan(1.5);
    expect(Math.abs(r.top - (box.top + 0.6 * box.height))).toBeLessThan(1.5);
    expect(Math.abs(r.width - 0.3 * box.width)).toBeLessThan(1.5);
    expect(Math.abs(r.height - Math.max(24, 0.2 * box.height))).toBeLessThan(1.5);
  });

  it('can be pressed with the pointer (a real click in the middle of the zone)', async () => {
    const el = await demarche();
    await click(el, 'Commencer, guidé pas à pas');
    await userEvent.click(zone(el, 'Bouton Créer'));
    await settle(el);
    expect(text(el, '[part="progress"]')).toBe('Étape 2 sur 3');
  });
});

describe('qd-demarche · keyboard', () => {
  it('Tab reaches the zones in reading order; Enter presses; Space too', async () => {
    const el = await demarche();
    await click(el, 'Commencer, guidé pas à pas');
    zone(el, 'Bouton Aide').focus();
    await userEvent.keyboard('{Enter}');
    await settle(el);
    expect(status(el)).toBe('C’est l’aide.');
    await userEvent.keyboard('{Tab}');
    expect(focused(el)).toBe(zone(el, 'Bouton Créer'));
    await userEvent.keyboard(' ');
    await settle(el);
    expect(text(el, '[part="progress"]')).toBe('Étape 2 sur 3');
    expect(focused(el)).toBe(q(el, '#step-title'));
  });

  it('the whole procedure by keyboard: typing the samples, Enter to send, the end', async () => {
    const el = await demarche();
    await click(el, 'Commencer, guidé pas à pas');
    zone(el, 'Bouton Créer').focus();
    await userEvent.keyboard('{Enter}');
    await settle(el);
    input(el, 0).focus();
    await userEvent.keyboard('camille@exemple.fr{Tab}Lille{Enter}');
    await settle(el);
    expect(text(el, '[part="progress"]')).toBe('Étape 3 sur 3');
    zone(el, 'Bouton Terminer').focus();
    await userEvent.keyboard('{Enter}');
    await settle(el);
    expect(focused(el)).toBe(q(el, '#end-title'));
  });
});

describe('qd-demarche · events', () => {
  it('`qd-step` for each step (with the wrong tries), `qd-complete` at the end; nothing personal', async () => {
    const el = await demarche();
    const steps = events<DemarcheStepDetail>(el, 'qd-step');
    const done = events<DemarcheCompleteDetail>(el, 'qd-complete');
    await click(el, 'M’entraîner seul');
    await press(el, 'Bouton Aide');
    await press(el, 'Bouton Créer');
    await fill(el, ['camille@exemple.fr', 'Douai']);
    await click(el, 'Continuer');
    await press(el, 'Bouton Terminer');
    expect(steps).toEqual([
      { step: 'entrer', index: 0, mode: 'practice', misses: 1 },
      { step: 'formulaire', index: 1, mode: 'practice', misses: 0 },
      { step: 'fin', index: 2, mode: 'practice', misses: 0 },
    ]);
    expect(done).toEqual([{ mode: 'practice', steps: 3, misses: 1 }]);
    expect(JSON.stringify([steps, done])).not.toContain('Douai');
  });
});

describe('qd-demarche · the end', () => {
  it('says it was practice, links to the real service, shows the list to prepare again', async () => {
    const el = await demarche();
    await click(el, 'Commencer, guidé pas à pas');
    await press(el, 'Bouton Créer');
    await fill(el, ['camille@exemple.fr', 'Douai']);
    await click(el, 'Continuer');
    await press(el, 'Bouton Terminer');
    expect(text(el, '#end-title')).toBe('Bravo, vous avez fait toutes les étapes !');
    expect(text(el, '[part="end"]')).toContain('C’était un entraînement : rien n’a été envoyé.');
    expect(q<HTMLAnchorElement>(el, '[part="end"] .qd-official a')!.href).toBe(
      'https://www.service-public.fr/',
    );
    expect(q(el, '[part="end"] [part="checklist"]')).not.toBeNull();
    expect(await axeViolations(el)).toEqual([]);
  });
});

describe('qd-demarche · printing', () => {
  it('the start screen prints the list to prepare and the words, without the buttons', async () => {
    const el = await demarche();
    await emulate({ media: 'print' });
    try {
      const shown = (sel: string) => getComputedStyle(q(el, sel)!).display !== 'none';
      expect(shown('[part="checklist"]')).toBe(true);
      expect(shown('.qd-glossary')).toBe(true);
      expect(shown('.qd-start')).toBe(false);
      expect(getComputedStyle(q(el, '.qd-official a')!, '::after').content).toContain(
        'https://www.service-public.fr/',
      );
    } finally {
      await emulate({ media: null });
    }
  });
});

describe('qd-demarche · printing the end screen', () => {
  it('after the rehearsal, the sheet has the list to prepare and the words, without the buttons', async () => {
    const el = await demarche();
    await click(el, 'Commencer, guidé pas à pas');
    await press(el, 'Bouton Créer');
    await fill(el, ['camille@exemple.fr', 'Douai']);
    await click(el, 'Continuer');
    await press(el, 'Bouton Terminer');
    expect(q(el, '[part="end"]')).not.toBeNull();
    await emulate({ media: 'print' });
    try {
      const display = (sel: string) => getComputedStyle(q(el, sel)!).display;
      expect(display('[part="end"] [part="checklist"]')).not.toBe('none');
      expect(display('[part="end"] .qd-glossary')).not.toBe('none');
      expect(text(el, '[part="end"] .qd-glossary')).toContain(
        'identifiant Le nom qui vous reconnaît sur le site.',
      );
      for (const b of qa(el, '[part="end"] button'))
        expect(b.checkVisibility(), norm(b.textContent)).toBe(false);
    } finally {
      await emulate({ media: null });
    }
  });
});

describe('qd-demarche · reflow at 320 px', () => {
  it.each(['fr', 'ar'])('no horizontal scrolling on any screen (lang=%s)', async (lang) => {
    await page.viewport(320, 720);
    const el = await demarche(tinyProcedure, { lang });
    const fits = async (where: string) => {
      await settle(el);
      const img = q<HTMLImageElement>(el, '.qd-shot img');
      if (img) await vi.waitFor(() => expect(img.complete).toBe(true));
      expect(document.documentElement.scrollWidth, where).toBeLessThanOrEqual(320);
      const seen = qa(el, '[part="base"] *').filter((b) => !b.closest('.qd-visually-hidden'));
      for (const b of seen) {
        const r = b.getBoundingClientRect();
        const what = `${where}: ${b.tagName}.${String(b.className)}`;
        expect(r.right, what).toBeLessThanOrEqual(320.5);
        expect(r.left, what).toBeGreaterThanOrEqual(-0.5);
      }
    };
    await fits('start');
    qa<HTMLButtonElement>(el, '.qd-start button')[0]!.click();
    await fits('zones');
    zones(el)
      .find((b) => b.classList.contains('qd-hotspot--target'))!
      .click();
    await fits('sample form');
    await fill(el, ['camille@exemple.fr', 'Douai']);
    q<HTMLButtonElement>(el, '.qd-mock button[type="submit"]')!.click();
    await fits('last zones');
    zones(el)
      .find((b) => b.classList.contains('qd-hotspot--target'))!
      .click();
    await fits('end');
    expect(q(el, '[part="end"]')).not.toBeNull();
  });
});

describe('qd-demarche · accessibility (axe)', () => {
  it('start, guided step with an open word, practice hint, form errors: no violation', async () => {
    const el = await demarche();
    expect(await axeViolations(el)).toEqual([]);
    await click(el, 'Commencer, guidé pas à pas');
    q<HTMLButtonElement>(el, '.qd-term')!.click();
    await settle(el);
    expect(await axeViolations(el)).toEqual([]);
    await click(el, 'Recommencer');
    await click(el, 'M’entraîner seul');
    await press(el, 'Bouton Aide');
    await press(el, 'Bouton Aide');
    expect(await axeViolations(el)).toEqual([]);
    await press(el, 'Bouton Créer');
    await click(el, 'Continuer');
    expect(await axeViolations(el)).toEqual([]);
  });

  it.each(Object.entries(samples))('sample %s: every screen', async (_name, sample) => {
    const el = await demarche(sample as DemarcheContentInput);
    expect(await axeViolations(el)).toEqual([]);
    await click(el, 'Commencer, guidé pas à pas');
    expect(await axeViolations(el)).toEqual([]);
  });
});

describe('qd-demarche · i18n / RTL', () => {
  it('Arabic: UI in Arabic, right to left; the zones keep their physical place over the picture', async () => {
    const el = await demarche(tinyProcedure, { lang: 'ar' });
    expect(q(el, '[part="base"]')!.getAttribute('dir')).toBe('rtl');
    await click(el, 'ابدأ مع الإرشاد خطوة بخطوة');
    expect(text(el, '[part="progress"]')).toBe('الخطوة 1 من 3');
    const img = q<HTMLImageElement>(el, '.qd-shot img')!;
    await vi.waitFor(() => expect(img.complete).toBe(true));
    const box = img.getBoundingClientRect();
    const r = zone(el, 'Bouton Créer').getBoundingClientRect();
    expect(Math.abs(r.left - (box.left + 0.6 * box.width))).toBeLessThan(1.5);
    const aide = zone(el, 'Bouton Aide').getBoundingClientRect();
    expect(Math.abs(aide.left - (box.left + 0.1 * box.width))).toBeLessThan(1.5);
    expect(await axeViolations(el)).toEqual([]);
  });

  it('English', async () => {
    const el = await demarche(tinyProcedure, { lang: 'en' });
    expect(text(el, '.qd-checked')).toBe('Steps checked on November 29, 2026.');
    await click(el, 'Start, guided step by step');
    expect(text(el, '[part="progress"]')).toBe('Step 1 of 3');
  });
});
