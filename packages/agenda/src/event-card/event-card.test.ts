import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  axeViolations,
  cleanup,
  click,
  mount,
  norm,
  q,
  settle,
  text,
} from '@quartiers-douai/kit-scripts/testing';
import '../define.js';
import { allCentres, clone, tinyAgenda } from '../fixtures.js';

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

describe('qd-event-card · rendering', () => {
  it('shows the next date of the event from today, with its centre, access and transports', async () => {
    const el = await mount('qd-event-card', tinyAgenda, { event: 'cv', today: '2027-03-24' });
    expect(norm(q(el, 'h3')!.textContent)).toBe('Atelier CV');
    // 30 March is a day off (EXDATE): the next one is 6 April, 18:00 after the DST change.
    expect(text(el, '.qd-event__when')).toBe('mardi 6 avril 2027, 18:00 – 20:00');
    expect(text(el)).toContain('1 rue A, 59500 Douai');
    expect(q(el, 'a[href="tel:0353010001"]')).not.toBeNull();
    expect(text(el)).toContain('Entrée de plain-pied');
    expect(q(el, 'button[data-details]')).toBeNull();
  });

  it('once past, the last date and « Pas de date à venir »; unknown id: says so', async () => {
    const el = await mount('qd-event-card', tinyAgenda, { event: 'cv', today: '2027-05-01' });
    expect(text(el, '.qd-event__when')).toContain('mardi 6 avril 2027');
    expect(text(el)).toContain('Pas de date à venir.');
    el.event = 'nope';
    await settle(el);
    expect(text(el)).toContain('Cette activité n’est pas dans l’agenda.');
  });

  it('several files too (content as an array)', async () => {
    const el = await mount('qd-event-card', allCentres(), {
      event: 'restitution-inter-quartiers',
      today: '2027-03-01',
    });
    expect(text(el, '.qd-event__when')).toBe('samedi 3 avril 2027, 10:00 – 17:00');
    expect(text(el)).toContain('Sur inscription, 120 places');
  });
});

describe('qd-event-card · an activity over several days (review: running today)', () => {
  /**
   * The tiny agenda with an exhibition from Saturday 13 March 10:00 to Wednesday 17 March 17:00,
   * and a weekend course (Saturday 10:00 → Sunday 17:00) on two weekends.
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
      {
        ...base,
        id: 'stage',
        title: 'Stage du week-end',
        start: '2027-03-06T10:00',
        end: '2027-03-07T17:00',
        recurrence: { rrule: 'FREQ=WEEKLY;COUNT=2' },
      },
    );
    return a;
  };

  it('started on Saturday and running until Wednesday: shown on Monday as running, with its dates in words, not as past', async () => {
    const el = await mount('qd-event-card', running(), { event: 'expo', today: '2027-03-15' });
    expect(text(el, '.qd-event__when')).toBe('du samedi 13 mars 10:00 au mercredi 17 mars 17:00');
    expect(text(el)).toContain('En cours.');
    expect(text(el)).not.toContain('Pas de date à venir.');
    // Its last day too (it ends at 17:00).
    el.today = '2027-03-17';
    await settle(el);
    expect(text(el, '.qd-event__when')).toBe('du samedi 13 mars 10:00 au mercredi 17 mars 17:00');
    expect(text(el)).not.toContain('Pas de date à venir.');
  });

  it('a weekend course on its Sunday shows this weekend, running, not the next one', async () => {
    const el = await mount('qd-event-card', running(), { event: 'stage', today: '2027-03-07' });
    expect(text(el, '.qd-event__when')).toBe('du samedi 6 mars 10:00 au dimanche 7 mars 17:00');
    expect(text(el)).toContain('En cours.');
  });

  it('ended yesterday: past, its dates and « Pas de date à venir », not « En cours »', async () => {
    const el = await mount('qd-event-card', running(), { event: 'expo', today: '2027-03-18' });
    expect(text(el, '.qd-event__when')).toBe('samedi 13 mars 2027, 10:00 – mercredi 17 mars 17:00');
    expect(text(el)).toContain('Pas de date à venir.');
    expect(text(el)).not.toContain('En cours.');
  });

  it('a weekly activity (2 hours) still shows its next date: the day after one, the next week’s', async () => {
    const el = await mount('qd-event-card', running(), { event: 'cv', today: '2027-03-16' });
    expect(text(el, '.qd-event__when')).toBe('mardi 16 mars 2027, 18:00 – 20:00');
    el.today = '2027-03-17';
    await settle(el);
    expect(text(el, '.qd-event__when')).toBe('mardi 23 mars 2027, 18:00 – 20:00');
    expect(text(el)).not.toContain('En cours.');
    expect(text(el)).not.toContain('Pas de date à venir.');
  });
});

describe('qd-event-card · events', () => {
  it('« Ajouter à mon agenda » offers the .ics of that date and fires qd-export', async () => {
    vi.spyOn(URL, 'createObjectURL').mockReturnValue('blob:test');
    const names: string[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      names.push(this.download);
    });
    const el = await mount('qd-event-card', tinyAgenda, { event: 'cafe', today: '2027-03-14' });
    const seen: string[] = [];
    el.addEventListener('qd-export', (e) =>
      seen.push((e as CustomEvent<{ file: string }>).detail.file),
    );
    await click(el, /^Ajouter à mon agenda/);
    expect(names).toEqual(['cafe-2027-04-10.ics']);
    expect(seen).toEqual(['cafe-2027-04-10.ics']);
  });
});

describe('qd-event-card · accessibility (axe) and RTL', () => {
  it('no violations, in French and in Arabic', async () => {
    const el = await mount('qd-event-card', tinyAgenda, { event: 'cv', today: '2027-03-01' });
    expect(await axeViolations(el)).toEqual([]);
    document.documentElement.lang = 'ar';
    try {
      const ar = await mount('qd-event-card', tinyAgenda, { event: 'cv', today: '2027-03-01' });
      expect(q(ar, '.qd-root')!.getAttribute('dir')).toBe('rtl');
      expect(text(ar, 'button')).toContain('أضف إلى تقويمي');
      expect(await axeViolations(ar)).toEqual([]);
    } finally {
      document.documentElement.lang = 'fr';
    }
  });
});
