import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import ICAL from 'ical.js';
import {
  axeViolations,
  button,
  captureDownloads,
  choose,
  cleanup,
  click,
  focused,
  mount,
  norm,
  q,
  qa,
  settle,
  text,
} from '@quartiers-douai/kit-scripts/testing';
import '../define.js';
import { allCentres, clone, samples, tinyAgenda } from '../fixtures.js';

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

/** The files offered for download: saveFile's Blob, read back, and its name. */
const downloads = () => captureDownloads().files;

const dayHeadings = (el: Element) => qa(el, '[part="list"] h3').map((h) => norm(h.textContent));
const titles = (el: Element) => qa(el, '.qd-event__name').map((h) => norm(h.textContent));
const count = (el: Element) => text(el, '[part="count"]');

describe('qd-agenda · defaults', () => {
  it('shows the list by day, from the month of the next activity after today', async () => {
    const el = await mount('qd-agenda', tinyAgenda, { today: '2027-03-01' });
    expect(el.view).toBe('list');
    expect(q(el, '[part="list"]')).not.toBeNull();
    expect(q(el, 'table')).toBeNull();
    expect(text(el, 'h2')).toBe('Agenda des centres');
    expect(dayHeadings(el)).toEqual([
      'samedi 13 mars 2027',
      'mardi 16 mars 2027',
      'samedi 20 mars 2027',
      'mardi 23 mars 2027',
    ]);
    expect(count(el)).toBe('4 activités en mars 2027');
  });

  it('without `today`, counts from the current date (the last month when all is past)', async () => {
    const el = await mount('qd-agenda', tinyAgenda);
    const months = ['mars 2027', 'avril 2027'];
    expect(months.some((m) => count(el).includes(m))).toBe(true);
  });
});

describe('qd-agenda · attributes', () => {
  it('view="month" shows the grid; centre, audience and theme preset the filters', async () => {
    const el = await mount('qd-agenda', tinyAgenda, {
      today: '2027-03-01',
      view: 'month',
      centre: 'b',
    });
    expect(q(el, 'table')).not.toBeNull();
    expect(q<HTMLSelectElement>(el, '#f-centre')!.value).toBe('b');
    expect(count(el)).toBe('2 activités en mars 2027');
  });
});

describe('qd-agenda · today', () => {
  it('changing `today` shows the month of the next activity from that day', async () => {
    const el = await mount('qd-agenda', tinyAgenda, { today: '2027-03-01' });
    el.today = '2027-04-01';
    await settle(el);
    expect(count(el)).toBe('2 activités en avril 2027');
  });
});

describe('qd-agenda · content loading & errors', () => {
  it('a wrong file shows the French error panel with where and what to fix', async () => {
    const bad = clone(tinyAgenda);
    bad.events[0]!.centre = 'c';
    const el = await mount('qd-agenda', bad);
    expect(text(el, '[role="alert"]')).toContain(
      'events[0].centre : le centre « c » n\'existe pas dans "centres" de ce fichier',
    );
    const bad2 = clone(tinyAgenda);
    bad2.events[1]!.recurrence = { rrule: 'FREQ=DAILY' };
    el.content = bad2;
    await settle(el);
    expect(text(el, '[role="alert"]')).toContain(
      'events[1].recurrence.rrule : la répétition doit commencer par "FREQ=WEEKLY"',
    );
  });

  it('`content` as an array of files: one agenda with the five centres', async () => {
    const el = await mount('qd-agenda', allCentres(), { today: '2027-03-29' });
    const options = qa<HTMLOptionElement>(el, '#f-centre option').map((o) => norm(o.textContent));
    expect(options).toHaveLength(6);
    expect(options).toContain('Espace des Cerisaies');
    expect(el.duplicates).toEqual([]);
    expect(q(el, '[part="duplicates"]')).toBeNull();
  });

  it('duplicates by id: the first is kept, and both files are named in plain French', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const twin = clone(samples.moulin);
    twin.events.push({
      ...clone(samples.glycines.events[0]!),
      centre: 'moulin-vert',
      title: 'Copie',
    });
    const el = await mount('qd-agenda', [samples.glycines, twin], { today: '2027-03-01' });
    expect(el.duplicates).toEqual([
      { kind: 'event', id: 'glycines-atelier-cv', first: 'content[0]', again: 'content[1]' },
    ]);
    expect(text(el, '[part="duplicates"]')).toContain(
      'L’activité « glycines-atelier-cv » est dans deux fichiers : content[0] et content[1]. Celle de content[0] est gardée, celle de content[1] est ignorée',
    );
    expect(titles(el)).not.toContain('Copie');
    expect(warn).toHaveBeenCalled();
  });

  it('`src` with several addresses: fetched, merged, duplicates named by file', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const files: Record<string, unknown> = {
      'centre-a.json': { ...clone(tinyAgenda), events: clone(tinyAgenda.events).slice(0, 2) },
      'centre-b.json': { ...clone(tinyAgenda), events: clone(tinyAgenda.events).slice(1) },
    };
    const fetch = vi.spyOn(window, 'fetch').mockImplementation(async (input) => {
      const name = String(input).split('/').pop()!;
      return new Response(JSON.stringify(files[name]), { status: 200 });
    });
    const el = await mount('qd-agenda', null, {
      src: '/qd/centre-a.json  /qd/centre-b.json',
      today: '2027-03-01',
    });
    await vi.waitFor(() => expect(el.contentStatus).toBe('ready'));
    await settle(el);
    expect(fetch).toHaveBeenCalledTimes(2);
    expect(titles(el)).toContain('Sortie au musée');
    expect(el.duplicates.map((d) => [d.kind, d.id, d.first, d.again])).toEqual([
      ['centre', 'a', 'centre-a.json', 'centre-b.json'],
      ['centre', 'b', 'centre-a.json', 'centre-b.json'],
      ['event', 'cafe', 'centre-a.json', 'centre-b.json'],
    ]);
    expect(text(el, '[part="duplicates"]')).toContain(
      'Le centre « a » est décrit dans deux fichiers : centre-a.json et centre-b.json. Celui de centre-a.json est gardé.',
    );
  });

  it('one of several addresses not found: the loading error panel, naming it', async () => {
    vi.spyOn(window, 'fetch').mockImplementation(async (input) =>
      String(input).endsWith('b.json')
        ? new Response('', { status: 404 })
        : new Response(JSON.stringify(tinyAgenda), { status: 200 }),
    );
    const errors: unknown[] = [];
    const el = await mount('qd-agenda', null, { src: 'a.json b.json' }, (e) =>
      e.addEventListener('qd-content-error', (ev) => errors.push(ev)),
    );
    await vi.waitFor(() => expect(el.contentStatus).toBe('fetch-error'));
    await settle(el);
    expect(text(el)).toContain('b.json');
    expect(errors).toHaveLength(1);
  });

  it('several inline JSON scripts are merged; a wrong one is named, with its problems', async () => {
    const el = document.createElement('qd-agenda');
    el.setAttribute('today', '2027-03-01');
    const a = clone(tinyAgenda);
    const b = {
      version: 1,
      centres: [{ id: 'z', name: 'Centre Z', address: 'Z' }],
      events: [] as unknown[],
    };
    for (const [id, data] of [
      ['agenda-a', a],
      ['agenda-b', b],
    ] as const) {
      const s = document.createElement('script');
      s.type = 'application/json';
      s.id = id;
      s.textContent = JSON.stringify(data);
      el.append(s);
    }
    document.body.append(el);
    await settle(el);
    expect(qa(el, '#f-centre option').map((o) => norm(o.textContent))).toContain('Centre Z');
    b.events.push({ id: 'x', title: 'X', centre: 'z', start: 'demain', theme: 'emploi' });
    el.querySelector('#agenda-b')!.textContent = JSON.stringify(b);
    await vi.waitFor(() => expect(el.contentStatus).toBe('invalid'));
    await settle(el);
    expect(text(el)).toContain('Le fichier #agenda-b a une erreur');
    expect(text(el, '[role="alert"]')).toContain('events[0].start');
    el.remove();
  });
});

describe('qd-agenda · first screen in short tasks (Total Blocking Time, gate 7)', () => {
  it('the file is checked in one task and the agenda shown in a later one, with « Chargement » meanwhile; updateComplete waits for the agenda', async () => {
    const el = document.createElement('qd-agenda');
    el.setAttribute('today', '2027-03-01');
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = JSON.stringify(tinyAgenda);
    el.append(script);
    // Right after the render of the task that checked the file (a microtask after the event).
    const seen = new Promise<{ loading: string; list: boolean }>((resolve) =>
      el.addEventListener('qd-content-ready', () =>
        queueMicrotask(() =>
          resolve({ loading: text(el, '[part="loading"]'), list: !!q(el, '[part="list"]') }),
        ),
      ),
    );
    document.body.append(el);
    expect(await seen).toEqual({ loading: 'Chargement du contenu…', list: false });
    await el.updateComplete;
    expect(q(el, '[part="loading"]')).toBeNull();
    expect(dayHeadings(el)).toHaveLength(4);
    expect(count(el)).toBe('4 activités en mars 2027');
    el.remove();
  });

  it('a later file is shown at once, without the loading message: the focus stays on the filter', async () => {
    const el = await mount('qd-agenda', tinyAgenda, { today: '2027-03-01' });
    const select = q<HTMLSelectElement>(el, '#f-centre')!;
    select.focus();
    const next = clone(tinyAgenda);
    next.events[0]!.title = 'Atelier CV et lettre';
    el.content = next;
    await settle(el);
    expect(titles(el)).toContain('Atelier CV et lettre');
    expect(focused(el)).toBe(select);
  });
});

describe('qd-agenda · rendering', () => {
  it('keeps the 18:00 workshop at 18:00 on both sides of the DST change (28 March 2027)', async () => {
    const el = await mount('qd-agenda', tinyAgenda, { today: '2027-03-01' });
    const times = (e: Element) =>
      qa(e, '.qd-event')
        .filter((a) => a.textContent!.includes('Atelier CV'))
        .map((a) => norm(a.querySelector('time')!.textContent));
    expect(times(el)).toEqual(['18:00 – 20:00', '18:00 – 20:00']);
    await click(el, /Mois suivant/);
    expect(count(el)).toBe('2 activités en avril 2027');
    expect(times(el)).toEqual(['18:00 – 20:00']);
    expect(q(el, 'time')!.getAttribute('datetime')).toBe('2027-04-06T16:00:00.000Z');
  });

  it('a cancelled event is marked « Annulé » (in words, not only struck through)', async () => {
    const el = await mount('qd-agenda', tinyAgenda, { today: '2027-03-01' });
    const sortie = qa(el, '.qd-event').find((a) => a.textContent!.includes('Sortie au musée'))!;
    expect(sortie.classList).toContain('qd-event--cancelled');
    expect(norm(sortie.querySelector('.qd-cancelled')!.textContent)).toBe('Annulé');
  });

  it('« Détails » opens the centre: address, tel:, mailto:, accessibility, transports (text, no map)', async () => {
    const el = await mount('qd-agenda', tinyAgenda, { today: '2027-03-01' });
    const details = button(el, /^Détails : Atelier CV, mardi 16 mars/);
    expect(details.getAttribute('aria-expanded')).toBe('false');
    details.click();
    await settle(el);
    expect(details.getAttribute('aria-expanded')).toBe('true');
    const d = q(el, '[part="detail"]')!;
    expect(norm(d.querySelector('h3')!.textContent)).toBe('Atelier CV');
    expect(norm(d.textContent)).toContain('mardi 16 mars 2027, 18:00 – 20:00');
    expect(norm(d.textContent)).toContain('1 rue A, 59500 Douai');
    expect(d.querySelector('a[href="tel:0353010001"]')!.textContent).toContain(
      'Appeler le 03 53 01 00 01',
    );
    expect(d.querySelector('a[href="mailto:a@centre-a.example"]')).not.toBeNull();
    expect(norm(d.textContent)).toContain('Accessibilité Entrée de plain-pied');
    expect(norm(d.textContent)).toContain('Venir Bus ligne 2, arrêt A');
    expect(norm(d.textContent)).toContain('Sur inscription, 8 places');
    expect(d.querySelector('iframe, img[src*="map"]')).toBeNull();
  });

  it('the month grid is a table: caption, seven day headers, the activities as buttons in their day', async () => {
    const el = await mount('qd-agenda', tinyAgenda, { today: '2027-03-01', view: 'month' });
    const table = q<HTMLTableElement>(el, 'table')!;
    expect(norm(table.caption!.textContent)).toBe('mars 2027');
    const heads = qa(el, 'thead th');
    expect(heads).toHaveLength(7);
    expect(heads.every((h) => h.getAttribute('scope') === 'col')).toBe(true);
    expect(heads[0]!.querySelector('abbr')!.title).toBe('lundi');
    const chips = qa<HTMLButtonElement>(el, 'td button');
    expect(chips.map((b) => norm(b.textContent))).toEqual([
      '10:00 Café des parents, samedi 13 mars',
      '18:00 Atelier CV, mardi 16 mars',
      '13:30 Sortie au musée (Annulé), samedi 20 mars',
      '18:00 Atelier CV, mardi 23 mars',
    ]);
    const cell = chips[1]!.closest('td')!;
    expect(norm(cell.querySelector('.qd-month__day')!.textContent)).toBe('16');
    chips[1]!.click();
    await settle(el);
    expect(norm(q(el, '[part="detail"] h3')!.textContent)).toBe('Atelier CV');
    expect(focused(el)!.id).toBe('detail-title');
  });

  it('previous / next month buttons move the grid and the list', async () => {
    const el = await mount('qd-agenda', tinyAgenda, { today: '2027-03-01', view: 'month' });
    await click(el, /Mois suivant/);
    expect(norm(q(el, 'caption')!.textContent)).toBe('avril 2027');
    expect(qa(el, 'td button').map((b) => norm(b.textContent))).toEqual([
      '18:00 Atelier CV, mardi 6 avril',
      '10:00 Café des parents, samedi 10 avril',
    ]);
    await click(el, /Mois précédent/);
    await click(el, /Mois précédent/);
    expect(count(el)).toBe('0 activité en février 2027');
    expect(q(el, '[part="empty"]')).not.toBeNull();
  });
});

describe('qd-agenda · filters', () => {
  it('a resident finds this week’s workshops for adults in all five centres', async () => {
    const el = await mount('qd-agenda', allCentres(), { today: '2027-03-30' });
    await choose(el, '#f-audience', 'adultes');
    await choose(el, '#f-week', true);
    expect(count(el)).toBe('4 activités cette semaine');
    expect(q(el, '[part="count"]')!.getAttribute('role')).toBe('status');
    expect(dayHeadings(el)).toEqual([
      'mardi 30 mars 2027',
      'jeudi 1 avril 2027',
      'vendredi 2 avril 2027',
      'samedi 3 avril 2027',
    ]);
    expect(titles(el)).toEqual([
      'Atelier CV et lettre de motivation',
      'Premiers pas sur le smartphone',
      'Démarches en ligne accompagnées',
      "Journée de restitution et d'échanges inter-quartiers",
    ]);
    const restitution = qa(el, '.qd-event').at(-1)!;
    expect(norm(restitution.textContent)).toContain('Sur inscription, 120 places');
    // …and adds one to their phone's calendar.
    const files = downloads();
    await click(el, /^Ajouter à mon agenda : Atelier CV et lettre de motivation, mardi 30 mars/);
    expect(files.map((f) => f.name)).toEqual(['glycines-atelier-cv-2027-03-30.ics']);
    expect(await files[0]!.text).toContain('DTSTART;TZID=Europe/Paris:20270330T180000');
    expect(titles(el)).not.toContain('Aide aux devoirs');
    expect(titles(el)).not.toContain('Club jeux vidéo coopératifs');
  });

  it('by centre and theme; no match: the empty state and « Retirer les filtres »', async () => {
    const el = await mount('qd-agenda', allCentres(), { today: '2027-03-01' });
    await choose(el, '#f-centre', 'cerisaies');
    expect(new Set(qa(el, '.qd-event__where').map((p) => norm(p.textContent)))).toEqual(
      new Set(['Espace des Cerisaies']),
    );
    await choose(el, '#f-theme', 'numerique');
    expect(q(el, '[part="empty"]')!.textContent).toContain(
      'Aucune activité ne correspond à ces filtres.',
    );
    expect(count(el)).toBe('0 activité en mars 2027');
    await click(el, 'Retirer les filtres');
    expect(q<HTMLSelectElement>(el, '#f-centre')!.value).toBe('');
    expect(focused(el)!.id).toBe('filters-legend');
    expect(titles(el).length).toBeGreaterThan(10);
  });
});

describe('qd-agenda · keyboard', () => {
  it('Enter on « Détails » moves the focus to the details; Escape closes them and gives it back', async () => {
    const el = await mount('qd-agenda', tinyAgenda, { today: '2027-03-01' });
    const details = qa<HTMLButtonElement>(el, 'button[data-details]')[1]!;
    details.focus();
    await userEvent.keyboard('{Enter}');
    await settle(el);
    expect(focused(el)!.id).toBe('detail-title');
    await userEvent.keyboard('{Tab}');
    expect(norm(focused(el)!.textContent)).toMatch(/^Appeler le/);
    await userEvent.keyboard('{Escape}');
    await settle(el);
    expect(q(el, '[part="detail"]')).toBeNull();
    expect(focused(el)).toBe(qa(el, 'button[data-details]')[1]);
  });

  it('in the grid, Tab reaches each activity button after the month buttons', async () => {
    const el = await mount('qd-agenda', tinyAgenda, { today: '2027-03-01', view: 'month' });
    button(el, /Mois suivant/).focus();
    await userEvent.keyboard('{Tab}');
    expect(norm(focused(el)!.textContent)).toMatch(/^10:00 Café des parents/);
    await userEvent.keyboard('{Tab}');
    expect(norm(focused(el)!.textContent)).toMatch(/^18:00 Atelier CV/);
  });
});

describe('qd-agenda · events (add to calendar, export)', () => {
  beforeEach(() => vi.spyOn(console, 'warn').mockImplementation(() => {}));

  it('« Ajouter à mon agenda » downloads one valid .ics and fires qd-export', async () => {
    const files = downloads();
    const seen: CustomEvent[] = [];
    const el = await mount('qd-agenda', tinyAgenda, { today: '2027-03-01' });
    document.addEventListener('qd-export', (e) => seen.push(e as CustomEvent), { once: true });
    await click(el, /^Ajouter à mon agenda : Atelier CV, mardi 23 mars/);
    expect(files.map((f) => f.name)).toEqual(['cv-2027-03-23.ics']);
    const cal = new ICAL.Component(ICAL.parse(await files[0]!.text));
    const ev = new ICAL.Event(cal.getFirstSubcomponent('vevent')!);
    expect(ev.summary).toBe('Atelier CV');
    expect(ev.uid).toBe('cv-20270323@agenda.quartiers-douai.fr');
    expect(ev.description).toContain('Appelez le 03 53 01 00 01');
    expect(seen[0]!.detail).toEqual({ file: 'cv-2027-03-23.ics', occurrences: ['cv-2027-03-23'] });
    expect(seen[0]!.bubbles && seen[0]!.composed).toBe(true);
    expect(text(el, '[part="notice"]')).toContain('Fichier « cv-2027-03-23.ics » téléchargé');
  });

  it('« Exporter tout » downloads the filtered list only', async () => {
    const files = downloads();
    const el = await mount('qd-agenda', tinyAgenda, { today: '2027-03-01' });
    await choose(el, '#f-centre', 'a');
    await click(el, 'Exporter tout (.ics)');
    expect(files[0]!.name).toBe('agenda-2027-03.ics');
    const cal = new ICAL.Component(ICAL.parse(await files[0]!.text));
    expect(cal.getAllSubcomponents('vevent').map((v) => v.getFirstPropertyValue('uid'))).toEqual([
      'cv-20270316@agenda.quartiers-douai.fr',
      'cv-20270323@agenda.quartiers-douai.fr',
    ]);
  });
});

describe('qd-agenda · accessibility (axe)', () => {
  it('list, details, month grid and empty state have no violations', async () => {
    // The tiny agenda: axe's time grows with the page (the gates check the five centres).
    const el = await mount('qd-agenda', tinyAgenda, { today: '2027-03-01' });
    expect(await axeViolations(el)).toEqual([]);
    qa<HTMLButtonElement>(el, 'button[data-details]')[1]!.click();
    await settle(el);
    expect(await axeViolations(el)).toEqual([]);
    el.view = 'month';
    await settle(el);
    expect(await axeViolations(el)).toEqual([]);
    await choose(el, '#f-theme', 'numerique');
    expect(q(el, '[part="empty"]')).not.toBeNull();
    expect(await axeViolations(el)).toEqual([]);
  });
});

describe('qd-agenda · i18n / RTL', () => {
  it('Arabic page: right to left, Arabic labels, dates in Arabic with Latin digits', async () => {
    document.documentElement.lang = 'ar';
    try {
      const el = await mount('qd-agenda', tinyAgenda, { today: '2027-03-01' });
      await settle(el);
      expect(q(el, '.qd-root')!.getAttribute('dir')).toBe('rtl');
      expect(text(el, 'legend')).toBe('تصفية الأنشطة');
      const day = dayHeadings(el)[0]!;
      expect(day).toMatch(/13/);
      expect(day).not.toMatch(/[٠-٩]/);
      expect(q(el, 'time')!.textContent).toContain('10:00');
      expect(await axeViolations(el)).toEqual([]);
    } finally {
      document.documentElement.lang = 'fr';
    }
  });

  it('English page: English labels and dates', async () => {
    document.documentElement.lang = 'en';
    try {
      const el = await mount('qd-agenda', tinyAgenda, { today: '2027-03-01' });
      await settle(el);
      expect(dayHeadings(el)[0]).toMatch(/^Saturday,? 13 March 2027$/);
      expect(count(el)).toBe('4 activities in March 2027');
    } finally {
      document.documentElement.lang = 'fr';
    }
  });
});

describe('qd-agenda · rendering (review: empty month, several days, today)', () => {
  it('a month without activity says so, without a « Retirer les filtres » that would do nothing; so does the printed week', async () => {
    const el = await mount('qd-agenda', tinyAgenda, { today: '2027-03-01' });
    await click(el, /Mois précédent/);
    expect(norm(q(el, '[part="empty"]')!.textContent)).toBe('Aucune activité à cette période.');
    expect(qa(el, 'button').some((b) => norm(b.textContent) === 'Retirer les filtres')).toBe(false);
    await choose(el, '#f-theme', 'emploi');
    expect(norm(q(el, '[part="empty"]')!.textContent)).toContain(
      'Aucune activité ne correspond à ces filtres.',
    );
    button(el, 'Retirer les filtres');
    expect(norm(q(el, '[part="print"] p')!.textContent)).toBe(
      'Aucune activité ne correspond à ces filtres.',
    );
    await click(el, 'Retirer les filtres');
    expect(norm(q(el, '[part="print"] p')!.textContent)).toBe('Aucune activité à cette période.');
  });

  it('an activity over several days shows the day it ends', async () => {
    const a = clone(tinyAgenda);
    a.events[2] = { ...a.events[2]!, start: '2027-03-20T10:00', end: '2027-03-21T17:00' };
    const el = await mount('qd-agenda', a, { today: '2027-03-01' });
    const sortie = qa(el, '.qd-event').find((x) => x.textContent!.includes('Sortie au musée'))!;
    expect(norm(sortie.querySelector('time')!.textContent)).toBe('10:00 – dimanche 21 mars 17:00');
  });

  it('the grid marks today’s cell aria-current="date"', async () => {
    const el = await mount('qd-agenda', tinyAgenda, { today: '2027-03-16', view: 'month' });
    const cells = qa(el, 'td[aria-current="date"]');
    expect(cells).toHaveLength(1);
    expect(norm(cells[0]!.querySelector('.qd-month__day')!.textContent)).toBe('16');
  });
});

// Every content text rendered as text (XSS): the quality gates' gate 3 (tools/quality/src/xss.test.ts)
// puts its payloads in every field of every sample and looks at each screen of the walk.

describe('qd-agenda · rendering (activities started before the week or month shown)', () => {
  /**
   * The tiny agenda (week of Monday 15 March 2027: the CV workshop on Tuesday, the cancelled outing
   * on Saturday) with an exhibition from the Saturday before to Wednesday, a course that ended the
   * Sunday before, and a course from February into March.
   */
  const running = () => {
    const a = clone(tinyAgenda);
    const base = { centre: 'b', audience: 'tous', theme: 'vivre-ensemble' } as const;
    a.events.push(
      {
        ...base,
        id: 'expo',
        title: 'Exposition',
        start: '2027-03-13T10:00',
        end: '2027-03-17T17:00',
      },
      { ...base, id: 'stage', title: 'Stage', start: '2027-03-06T10:00', end: '2027-03-14T17:00' },
      {
        ...base,
        id: 'hiver',
        title: 'Stage d’hiver',
        start: '2027-02-27T10:00',
        end: '2027-03-02T16:00',
      },
    );
    return a;
  };

  it('« Cette semaine » shows an activity started on Saturday and running until Wednesday, once, under Monday, with its dates in words; not one that ended on Sunday', async () => {
    const el = await mount('qd-agenda', running(), { today: '2027-03-17' });
    await choose(el, '#f-week', true);
    expect(count(el)).toBe('3 activités cette semaine');
    expect(dayHeadings(el)).toEqual([
      'lundi 15 mars 2027',
      'mardi 16 mars 2027',
      'samedi 20 mars 2027',
    ]);
    expect(titles(el)).toEqual(['Exposition', 'Atelier CV', 'Sortie au musée']);
    const expo = qa(el, '.qd-event')[0]!;
    expect(norm(expo.querySelector('time')!.textContent)).toBe(
      'du samedi 13 mars 10:00 au mercredi 17 mars 17:00',
    );
    expect(titles(el)).not.toContain('Stage');
    // …in the week's .ics too, and in the printed programme, under Monday.
    const files = downloads();
    await click(el, 'Exporter tout (.ics)');
    expect(await files[0]!.text).toContain('UID:expo-20270313@');
    const programme = norm(q(el, '[part="print"]')!.textContent);
    expect(programme).toContain(
      'lundi 15 mars du samedi 13 mars 10:00 au mercredi 17 mars 17:00 Exposition — Centre B',
    );
    expect(programme).not.toContain('Stage');
  });

  it('the month shows an activity started the month before and still running, once, on its 1st (list and grid)', async () => {
    const el = await mount('qd-agenda', running(), { today: '2027-03-01' });
    expect(count(el)).toBe('7 activités en mars 2027');
    expect(dayHeadings(el)[0]).toBe('lundi 1 mars 2027');
    expect(titles(el).filter((t) => t === 'Stage d’hiver')).toHaveLength(1);
    expect(norm(qa(el, '.qd-event')[0]!.querySelector('time')!.textContent)).toBe(
      'du samedi 27 février 10:00 au mardi 2 mars 16:00',
    );
    el.view = 'month';
    await settle(el);
    const chips = qa(el, 'td button').map((b) => norm(b.textContent));
    expect(chips.filter((c) => c.includes('Stage d’hiver'))).toEqual([
      'du 27/02 au 02/03 Stage d’hiver',
    ]);
    await click(el, /Mois précédent/);
    expect(count(el)).toBe('1 activité en février 2027');
    expect(qa(el, 'td button').map((b) => norm(b.textContent))).toEqual([
      '10:00 Stage d’hiver, samedi 27 février',
    ]);
  });
});

describe('qd-agenda · i18n / RTL (review: reflow at 320 px)', () => {
  it.each(['fr', 'ar'])(
    'no horizontal scrolling in the list, the details and the grid (lang=%s)',
    async (lang) => {
      const [w, h] = [window.innerWidth, window.innerHeight];
      await page.viewport(320, 720);
      document.documentElement.lang = lang;
      try {
        const el = await mount('qd-agenda', allCentres(), { today: '2027-03-30' });
        const fits = async (where: string) => {
          await settle(el);
          expect(document.documentElement.scrollWidth, where).toBeLessThanOrEqual(320);
          for (const b of qa(el, '.qd-screen *')) {
            if (b.closest('.qd-visually-hidden, .qd-chip__title')) continue;
            const r = b.getBoundingClientRect();
            if (r.width === 0) continue;
            const what = `${where}: ${b.tagName}.${String(b.className)}`;
            expect(r.right, what).toBeLessThanOrEqual(320.5);
            expect(r.left, what).toBeGreaterThanOrEqual(-0.5);
          }
        };
        await fits('list');
        qa<HTMLButtonElement>(el, 'button[data-details]')[0]!.click();
        await fits('details');
        el.view = 'month';
        await fits('month');
      } finally {
        document.documentElement.lang = 'fr';
        await page.viewport(w, h);
      }
    },
  );
});
