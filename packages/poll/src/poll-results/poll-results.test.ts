import { describe, it, expect, afterEach, beforeEach, vi } from 'vitest';
import {
  axeViolations,
  cleanup,
  mount as mountElement,
  norm,
  q,
  qa,
  text,
} from '@quartiers-douai/kit-scripts/testing';
import '../define.js';
import type { QdPollResults } from './poll-results.js';
import { clone, sampleResults, samples } from '../fixtures.js';
import type { ResultsContentInput } from '../schema.js';

// --- helpers --------------------------------------------------------------------------------
const AFTER_CLOSE = '2027-03-02';
/** Results seen after the poll closed, unless the test says otherwise. */
const mount = (content: ResultsContentInput | undefined, attrs: Record<string, string> = {}) =>
  mountElement('qd-poll-results', content, { today: AFTER_CLOSE, ...attrs });
const section = (el: QdPollResults, qid: string) => q(el, `[aria-labelledby="r-${qid}"]`)!;
/** Label and value text of each bar of a question, as read out. */
const bars = (el: QdPollResults, qid: string) =>
  [...section(el, qid).querySelectorAll('.qd-bars > li')].map(
    (li) =>
      `${norm(li.querySelector('.qd-bars__label')!.textContent)} — ${norm(li.querySelector('.qd-bars__value')!.textContent)}`,
  );
const table = (el: QdPollResults, qid: string) =>
  [...section(el, qid).querySelectorAll('table tr')].map((tr) =>
    [...tr.children].map((c) => `${c.tagName.toLowerCase()}:${norm(c.textContent)}`),
  );
/** A results file for the festival poll with these answers. */
const feteResults = (
  answers: Array<Record<string, unknown>>,
  results?: string,
): ResultsContentInput => {
  const { $schema: _s, ...poll } = clone(samples.fete) as Record<string, unknown>;
  return {
    version: 1,
    poll: {
      ...poll,
      opensAt: '2026-12-01',
      closesAt: '2026-12-20',
      ...(results ? { results } : {}),
    },
    ballots: answers.map((a) => ({ answers: a })),
  } as ResultsContentInput;
};

afterEach(() => {
  cleanup();
  localStorage.clear();
});

// --- tests ----------------------------------------------------------------------------------
describe('qd-poll-results · rendering', () => {
  it('title, participants and the date of the count', async () => {
    const el = await mount(sampleResults);
    expect(text(el, '#results-heading')).toBe(
      "Résultats : Priorités pour l'aire de jeux (classement)",
    );
    expect(text(el, '.qd-results__total')).toBe('24 participations · résultats au 1 mars 2027');
  });

  it('choices: a bar per choice with its count and percentage as text, and a table alternative', async () => {
    const el = await mount(
      feteResults([{ date: '5-juin' }, { date: '5-juin' }, { date: '19-juin' }, {}], 'after-close'),
    );
    expect(bars(el, 'date')).toEqual([
      'Samedi 5 juin — 2 votes · 67 %',
      'Samedi 12 juin — 0 vote · 0 %',
      'Samedi 19 juin — 1 vote · 33 %',
      'Peu importe, je viendrai — 0 vote · 0 %',
    ]);
    expect(text(el, '[aria-labelledby="r-date"] .qd-results__meta')).toBe('3 réponses');
    expect(section(el, 'date').querySelector('.qd-bar')!.getAttribute('aria-hidden')).toBe('true');
    expect(text(el, '[aria-labelledby="r-date"] summary')).toBe('Voir en tableau');
    expect(text(el, '[aria-labelledby="r-date"] caption')).toBe(
      'Quel samedi de juin 2027 vous arrange le mieux ?',
    );
    expect(table(el, 'date').slice(0, 2)).toEqual([
      ['th:Choix', 'th:Votes', 'th:Pourcentage'],
      ['th:Samedi 5 juin', 'td:2', 'td:67 %'],
    ]);
    expect(section(el, 'date').querySelector('th')!.getAttribute('scope')).toBe('col');
    const fill = section(el, 'date').querySelector<HTMLElement>('.qd-bar__fill')!;
    expect(fill.style.getPropertyValue('--w')).toBe('66.7%');
    expect(fill.getBoundingClientRect().width).toBeGreaterThan(0);
  });

  it('multiple choice says the total goes over 100 %', async () => {
    const el = await mount(
      feteResults([{ activites: ['bal', 'vide-grenier'] }, { activites: ['bal'] }], 'after-close'),
    );
    expect(text(el, '[aria-labelledby="r-activites"] .qd-results__meta')).toBe(
      '2 réponses · plusieurs choix possibles : le total dépasse 100 %',
    );
    expect(bars(el, 'activites')).toContain('Un bal en fin de journée — 2 votes · 100 %');
  });

  it('ranking: by Borda points, the method explained, mean rank, in a numbered list', async () => {
    const el = await mount(
      feteResults(
        [
          { repas: ['frites', 'barbecue', 'couscous', 'auberge-espagnole'] },
          { repas: ['barbecue', 'frites', 'auberge-espagnole', 'couscous'] },
          { repas: ['frites', 'couscous', 'barbecue', 'auberge-espagnole'] },
        ],
        'after-close',
      ),
    );
    expect(section(el, 'repas').querySelector('.qd-bars')!.tagName).toBe('OL');
    expect(bars(el, 'repas')).toEqual([
      'Une baraque à frites — 8 points · rang moyen 1,3',
      'Un barbecue — 6 points · rang moyen 2',
      'Un grand couscous préparé ensemble — 3 points · rang moyen 3',
      'Une auberge espagnole : chacun apporte un plat à partager — 1 point · rang moyen 3,7',
    ]);
    expect(text(el, '[aria-labelledby="r-repas"] .qd-poll__hint')).toContain(
      'méthode de Borda : avec 4 choix, un choix classé 1er marque 3, 2e un de moins… dernier 0.',
    );
    expect(table(el, 'repas')[1]).toEqual(['th:Une baraque à frites', 'td:1', 'td:8', 'td:1,3']);
  });

  it('scale: the mean and the distribution, ends labelled', async () => {
    const el = await mount(
      feteResults([{ bilan: 5 }, { bilan: 4 }, { bilan: 4 }, { bilan: 2 }], 'after-close'),
    );
    expect(text(el, '[aria-labelledby="r-bilan"] .qd-results__mean')).toBe(
      'Moyenne : 3,8 (de 1 à 5)',
    );
    expect(bars(el, 'bilan')).toEqual([
      '1 (Pas du tout satisfait) — 0 réponse · 0 %',
      '2 — 1 réponse · 25 %',
      '3 — 0 réponse · 0 %',
      '4 — 2 réponses · 50 %',
      '5 (Très satisfait) — 1 réponse · 25 %',
    ]);
  });

  it('free text: the answers listed as text', async () => {
    const el = await mount(sampleResults);
    const items = qa(el, '[aria-labelledby="r-idee"] .qd-results__texts > li').map((li) =>
      norm(li.textContent),
    );
    expect(items).toHaveLength(6);
    expect(items).toContain('Merci de nous demander notre avis !');
  });

  it('a question nobody answered says so, without an empty chart', async () => {
    const el = await mount(feteResults([{ date: '5-juin' }], 'after-close'));
    expect(text(el, '[aria-labelledby="r-bilan"]')).toContain('0 réponse');
    expect(section(el, 'bilan').querySelector('.qd-bars, table')).toBeNull();
  });
});

describe('qd-poll-results · visibility rules', () => {
  it('after-close: hidden (with the date) until the day after closesAt', async () => {
    const el = await mount(sampleResults, { today: '2027-02-28' });
    expect(text(el, '.qd-results')).toContain(
      'Les résultats seront publiés après la clôture du sondage, le 28 février 2027.',
    );
    expect(q(el, '.qd-bars')).toBeNull();
  });

  it('never: not published, but shown in the staff panel', async () => {
    const el = await mount(feteResults([{ date: '5-juin' }], 'never'));
    expect(text(el, '.qd-results')).toContain(
      'Les résultats de ce sondage ne sont pas publiés ici.',
    );
    el.staffView = true;
    await el.updateComplete;
    expect(q(el, '.qd-bars')).toBeTruthy();
  });

  it('after-vote: hidden until this device voted', async () => {
    const el = await mount(feteResults([{ date: '5-juin' }], 'after-vote'), {
      today: '2026-12-10',
    });
    expect(text(el, '.qd-results')).toContain(
      'Les résultats s’affichent après votre participation.',
    );
    localStorage.setItem(
      'qd:poll-voted:fete-quartier-2027',
      JSON.stringify({
        kit: 'quartiers-douai',
        type: 'poll-voted',
        version: 1,
        savedAt: '',
        data: { voted: true },
      }),
    );
    const after = await mount(feteResults([{ date: '5-juin' }], 'after-vote'), {
      today: '2026-12-10',
    });
    expect(q(after, '.qd-bars')).toBeTruthy();
  });
});

describe('qd-poll-results · local tally', () => {
  it('with `local`, counts the ballots kept on this device by a kiosk', async () => {
    const box = {
      ballots: [
        { answers: { date: '19-juin' } },
        { answers: { date: '19-juin' } },
        { answers: { date: '5-juin' } },
      ],
    };
    localStorage.setItem(
      'qd:poll-ballots:fete-quartier-2027',
      JSON.stringify({
        kit: 'quartiers-douai',
        type: 'poll-ballots',
        version: 1,
        savedAt: '',
        data: box,
      }),
    );
    const el = await mount(feteResults([], 'after-close'), { local: '' });
    expect(text(el, '.qd-results__total')).toBe('3 participations');
    expect(bars(el, 'date')[2]).toBe('Samedi 19 juin — 2 votes · 67 %');
  });
});

describe('qd-poll-results · content errors', () => {
  it('an invalid file shows the French panel with the path', async () => {
    const bad = clone(sampleResults) as any;
    bad.ballots[3].pollId = 'autre-sondage';
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    const el = await mount(bad);
    errors.mockRestore();
    expect(text(el, '[role="alert"]')).toContain(
      'ballots[3].pollId : ce bulletin est celui du sondage « autre-sondage »',
    );
  });
});

describe('qd-poll-results · i18n and RTL', () => {
  it('Arabic: right-to-left, Latin digits', async () => {
    const el = await mount(feteResults([{ date: '5-juin' }, { date: '12-juin' }], 'after-close'), {
      lang: 'ar',
    });
    expect(q(el, '[part="base"]')!.getAttribute('dir')).toBe('rtl');
    expect(text(el, '#results-heading')).toContain('النتائج');
    expect(bars(el, 'date')[0]).toMatch(/صوت واحد · 50[\u200e\u061c\s]*%/);
  });
});

describe('qd-poll-results · accessibility (axe, WCAG 2.2 AA)', () => {
  it('results, hidden results, tables open, Arabic: no violation', async () => {
    const el = await mount(sampleResults);
    qa<HTMLDetailsElement>(el, 'details').forEach((d) => (d.open = true));
    expect(await axeViolations(el)).toEqual([]);
    expect(await axeViolations(await mount(sampleResults, { today: '2027-02-01' }))).toEqual([]);
    expect(await axeViolations(await mount(sampleResults, { lang: 'ar' }))).toEqual([]);
  });

  it('reflows at 320 px', async () => {
    const el = await mount(sampleResults);
    el.style.width = '320px';
    qa<HTMLDetailsElement>(el, 'details').forEach((d) => (d.open = true));
    await el.updateComplete;
    const base = q(el, '.qd-root')!;
    expect(base.scrollWidth).toBeLessThanOrEqual(320);
    for (const s of qa(el, 'summary'))
      expect(s.getBoundingClientRect().height).toBeGreaterThanOrEqual(44);
  });
});

describe('qd-poll-results · answers rendered as text (XSS)', () => {
  beforeEach(() => {
    (window as any).__pwned = undefined;
  });
  it.each([
    '<img src=x onerror="window.__pwned=1">',
    '<script>window.__pwned=1</script>',
    '[lien](javascript:window.__pwned=1)',
    '**gras** <b>b</b>',
  ])('a free-text answer "%s" is shown exactly as written', async (payload) => {
    const el = await mount(feteResults([{ idees: payload }], 'after-close'));
    expect(norm(q(el, '.qd-results__texts > li')!.textContent)).toBe(payload);
    expect(qa(el, 'script, img, iframe, b, strong, a')).toHaveLength(0);
    expect((window as any).__pwned).toBeUndefined();
  });
});
