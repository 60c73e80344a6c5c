import { afterEach, describe, expect, it, vi } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import * as core from '@quartiers-douai/core';
import { clone, samples, tinyFestival } from '../fixtures.js';
import { festivalContentSchema, type FestivalContent } from '../schema.js';
import { filmTotal, rank, juryCsv, resultsCsv, type JuryData } from './scoring.js';
import type { JuryScoreDetail } from './jury-grid.js';
import {
  axeViolations,
  button,
  cleanup,
  click,
  emulate,
  events,
  focused,
  foreignElements,
  mount,
  norm,
  parseCsv,
  PAYLOADS,
  q,
  qa,
  settle,
  text,
  until,
  leaveAlone,
} from '@quartiers-douai/kit-scripts/testing';
import '../define-jury.js';

const festival = festivalContentSchema.parse(clone(tinyFestival)) as FestivalContent;
const grid = (content: unknown = tinyFestival, attrs: Record<string, string> = {}) =>
  mount('qd-jury-grid', content, attrs);

/** Checks the radio `score` of criterion `criterion` (fieldset index) on the film shown. */
async function score(el: HTMLElement, criterion: number, value: number) {
  const fs = qa(el, 'fieldset[part="criterion"]')[criterion]!;
  const radio = [...fs.querySelectorAll<HTMLInputElement>('input[type="radio"]')].find(
    (r) => r.value === String(value),
  )!;
  radio.click();
  await settle(el);
}

/** Captures what saveFile would download. */
function downloads() {
  const files: Array<{ name: string; text: string; type: string }> = [];
  const original = URL.createObjectURL;
  const blobs = new Map<string, Blob>();
  vi.spyOn(URL, 'createObjectURL').mockImplementation((b) => {
    const url = original.call(URL, b as Blob);
    blobs.set(url, b as Blob);
    return url;
  });
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
    this: HTMLAnchorElement,
  ) {
    const blob = blobs.get(this.href)!;
    files.push({ name: this.download, text: '', type: blob.type });
    const i = files.length - 1;
    void blob.text().then((t) => (files[i]!.text = t));
  });
  return files;
}

const jury = (juror: string, scores: JuryData['scores']): JuryData => ({
  festival: 'petit-festival',
  juror,
  scores,
  comments: {},
});

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

describe('scoring · weighted totals and ranking', () => {
  it('a film’s total is Σ weight × score, out of Σ weight × max; missing criteria counted', () => {
    expect(filmTotal(festival.criteria, { histoire: 4, image: 3 })).toEqual({
      total: 11,
      max: 15,
      missing: 0,
    });
    expect(filmTotal(festival.criteria, { histoire: 4 })).toEqual({
      total: 8,
      max: 15,
      missing: 1,
    });
    expect(filmTotal(festival.criteria, undefined)).toEqual({ total: 0, max: 15, missing: 2 });
  });

  it('ranks by the mean of the jurors’ complete totals; incomplete grids do not count for that film', () => {
    const r = rank(festival, [
      jury('1', { a: { histoire: 5, image: 5 }, b: { histoire: 2, image: 2 }, c: { histoire: 1 } }),
      jury('2', { a: { histoire: 3, image: 1 }, b: { histoire: 4, image: 4 } }),
    ]);
    expect(r.map((x) => [x.film.id, x.rank, x.mean, x.jurors])).toEqual([
      ['a', 1, 11, 2],
      ['b', 2, 9, 2],
      ['c', undefined, undefined, 0],
    ]);
  });

  it('tie rule: same mean → the first criterion decides; still equal → ex æquo, same rank, next rank skipped', () => {
    // a: 2×4+2 = 10 ; b: 2×3+4 = 10 ; c: 2×4+2 = 10 → a and c win on "histoire", and stay tied.
    const r = rank(festival, [
      jury('1', {
        a: { histoire: 4, image: 2 },
        b: { histoire: 3, image: 4 },
        c: { histoire: 4, image: 2 },
      }),
    ]);
    expect(r.map((x) => [x.film.id, x.rank, x.tie])).toEqual([
      ['a', 1, true],
      ['c', 1, true],
      ['b', 3, false],
    ]);
  });

  it('same mean and same criterion means, reached in a different order: ex æquo', () => {
    const r = rank(festival, [
      jury('1', { a: { histoire: 5, image: 3 }, b: { histoire: 5, image: 4 } }),
      jury('2', { a: { histoire: 5, image: 4 }, b: { histoire: 5, image: 3 } }),
      jury('3', { a: { histoire: 4, image: 5 }, b: { histoire: 4, image: 5 } }),
    ]);
    expect(r[0]!.mean).toBeCloseTo(40 / 3, 5);
    expect(r.slice(0, 2).map((x) => [x.rank, x.tie])).toEqual([
      [1, true],
      [1, true],
    ]);
  });

  it('CSV: ; separated, BOM, formula-looking comments neutralised, ex æquo written', () => {
    const d = jury('Juré 1', { a: { histoire: 4, image: 3 } });
    d.comments = { a: '=HYPERLINK("x")' };
    const csv = juryCsv(festival, d, {
      film: 'Film',
      total: 'Total',
      max: 'Maximum',
      comment: 'Commentaire',
    });
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const lines = csv.slice(1).trim().split('\r\n');
    expect(lines[0]).toBe('Film;Histoire (×2);Image (×1);Total;Maximum;Commentaire');
    expect(lines[1]).toBe('Film A;4;3;11;15;"\'=HYPERLINK(""x"")"');
    expect(lines[2]).toBe('Film B;;;;15;');
    const ranked = rank(festival, [
      jury('1', { a: { histoire: 4, image: 2 }, c: { histoire: 4, image: 2 } }),
    ]);
    const res = resultsCsv(festival, ranked, {
      rank: 'Rang',
      film: 'Film',
      mean: 'Moyenne',
      max: 'Max',
      jurors: 'Jurés',
    });
    expect(res).toContain('1 ex æquo;Film A;10;15;4;2;1');
  });
});

describe('qd-jury-grid · scoring a film', () => {
  it('first film: its title, a labelled radio group per criterion, the comment, the total', async () => {
    const el = await grid();
    expect(text(el, 'h2')).toBe('Grille du jury : Le petit festival');
    expect(text(el, '#film-title')).toBe('Film A');
    expect(text(el, '.qd-jury__meta')).toBe('Film 1 sur 3');
    const sets = qa(el, 'fieldset[part="criterion"]');
    expect(sets.map((f) => norm(f.querySelector('legend')!.textContent))).toEqual([
      'Histoire (compte 2 fois)',
      'Image',
    ]);
    expect(sets[0]!.getAttribute('aria-describedby')).toBe('d-histoire');
    expect(sets[0]!.querySelectorAll('input[type="radio"]')).toHaveLength(6);
    expect(text(el, '[part="total"]')).toBe('Total pondéré : 0 sur 15 (encore 2 critères à noter)');
    expect(q(el, 'textarea')!.closest('label')!.textContent).toContain('Commentaire (facultatif)');
  });

  it('the weighted total is computed live and announced; each score is an event', async () => {
    const el = await grid();
    const scored = events<JuryScoreDetail>(el, 'qd-score');
    await score(el, 0, 4);
    expect(text(el, '[part="total"]')).toBe('Total pondéré : 8 sur 15 (encore 1 critère à noter)');
    await score(el, 1, 3);
    expect(text(el, '[part="total"]')).toBe('Total pondéré : 11 sur 15');
    expect(text(el, '[aria-live="polite"]')).toBe('Film A : Total pondéré : 11 sur 15');
    expect(scored.at(-1)).toEqual({
      film: 'a',
      criterion: 'image',
      score: 3,
      total: 11,
      max: 15,
      missing: 0,
    });
    expect(el.grid.scores).toEqual({ a: { histoire: 4, image: 3 } });
  });

  it('"Film suivant" / "Film précédent" / "Récapitulatif": focus on the new title, scores kept', async () => {
    const el = await grid();
    await score(el, 0, 5);
    await click(el, 'Film suivant');
    expect(text(el, '#film-title')).toBe('Film B');
    expect(focused(el)).toBe(q(el, '#film-title'));
    await click(el, 'Film précédent');
    expect(qa<HTMLInputElement>(el, 'input[type="radio"]').find((r) => r.checked)?.value).toBe('5');
    await click(el, 'Récapitulatif');
    expect(focused(el)).toBe(q(el, '#summary-title'));
    const rows = (e: HTMLElement) =>
      qa(e, 'tbody tr').map((r) => [...r.children].map((c) => norm(c.textContent)).join(' '));
    expect(rows(el)).toEqual(['Film A 5 — —', 'Film B — — —', 'Film C — — —']);
  });
});

describe('qd-jury-grid · keyboard', () => {
  it('arrow keys move within a criterion’s radio group and score it; Tab goes to the next criterion', async () => {
    const el = await grid();
    const first = qa<HTMLInputElement>(el, 'fieldset[part="criterion"] input')[0]!;
    first.focus();
    await userEvent.keyboard(' ');
    await userEvent.keyboard('{ArrowRight}{ArrowRight}');
    await settle(el);
    expect(el.grid.scores['a']).toEqual({ histoire: 2 });
    await userEvent.keyboard('{Tab}');
    expect((focused(el) as HTMLInputElement).name).toBe('a--image');
  });
  it('a whole grid by keyboard only: Tab, Space and arrows score every film, Enter goes on, focus on each new title', async () => {
    const el = await grid();
    const plan = [
      [4, 3],
      [2, 5],
      [5, 0],
    ];
    q<HTMLElement>(el, '#film-title')!.focus();
    for (const [i, [h, img]] of plan.entries()) {
      expect(focused(el)).toBe(q(el, '#film-title'));
      expect(text(el, '#film-title')).toBe(['Film A', 'Film B', 'Film C'][i]);
      await userEvent.keyboard('{Tab} ' + '{ArrowRight}'.repeat(h!));
      await userEvent.keyboard('{Tab} ' + '{ArrowRight}'.repeat(img!));
      await userEvent.keyboard(`{Tab}note ${i}{Tab}`);
      if (i > 0) {
        expect(norm(focused(el)!.textContent)).toBe('Film précédent');
        await userEvent.keyboard('{Tab}');
      }
      expect(norm(focused(el)!.textContent)).toBe(i < 2 ? 'Film suivant' : 'Récapitulatif');
      await userEvent.keyboard('{Enter}');
      await settle(el);
    }
    expect(focused(el)).toBe(q(el, '#summary-title'));
    expect(el.grid.scores).toEqual({
      a: { histoire: 4, image: 3 },
      b: { histoire: 2, image: 5 },
      c: { histoire: 5, image: 0 },
    });
    expect(el.grid.comments).toEqual({ a: 'note 0', b: 'note 1', c: 'note 2' });
    expect(
      qa(el, 'tbody tr').map((r) => [...r.children].map((c) => norm(c.textContent)).join(' ')),
    ).toEqual(['Film A 4 3 11 / 15', 'Film B 2 5 9 / 15', 'Film C 5 0 10 / 15']);
  });
});

describe('qd-jury-grid · kiosk-timeout', () => {
  it('inactivity brings the grid back to the first film and says so; the notes stay', async () => {
    const el = await grid(tinyFestival, { 'kiosk-timeout': '60' });
    await score(el, 0, 4);
    await click(el, 'Film suivant');
    await click(el, 'Récapitulatif');
    // 30 s without a touch, then the warning's 30 s: nobody answered it.
    await leaveAlone(el, 59);
    expect(text(el, '[role="alert"]')).toBe(
      "Personne n'utilise l'écran ? Il sera remis à zéro dans 30 secondes.",
    );
    expect(q(el, '#film-title')).toBeNull();
    await leaveAlone(el, 1);
    expect(text(el, '#film-title')).toBe('Film A');
    expect(focused(el)).toBe(q(el, '#film-title'));
    expect(text(el, '[role="status"]')).toBe(
      "L'écran a été remis à zéro pour la personne suivante.",
    );
    expect(el.grid.scores).toEqual({ a: { histoire: 4 } });
  });
});

describe('qd-jury-grid · storage, export, import', () => {
  it('storage="local": kept at every change as the centre’s, resumed on reload, erased on demand', async () => {
    const el = await grid(tinyFestival, { storage: 'local' });
    await score(el, 0, 3);
    const raw = JSON.parse(localStorage.getItem('qd:film-jury:petit-festival')!);
    expect(raw.owner).toBe('centre');
    expect(raw.data.scores).toEqual({ a: { histoire: 3 } });
    // A resident's « Effacer mes données » elsewhere on the tablet leaves the jury's notes.
    core.eraseAllKitData();
    expect(localStorage.getItem('qd:film-jury:petit-festival')).not.toBeNull();
    el.remove();
    const again = await grid(tinyFestival, { storage: 'local' });
    expect(again.grid.scores).toEqual({ a: { histoire: 3 } });
    await click(again, 'Récapitulatif');
    expect(text(again)).toContain('Vos notes sont gardées sur cette tablette à chaque changement.');
    await click(again, 'Effacer mes notes de cette tablette');
    expect(localStorage.getItem('qd:film-jury:petit-festival')).toBeNull();
    expect(text(again, '[role="status"]')).toBe('Vos notes ont été effacées de cette tablette.');
  });

  it('notes kept on the tablet in the format of earlier versions are read, and kept the same way', async () => {
    const KEY = 'qd:film-jury:petit-festival';
    localStorage.setItem(
      KEY,
      JSON.stringify({
        kit: 'quartiers-douai',
        type: 'film-jury',
        version: 1,
        savedAt: '2026-11-20T18:00:00.000Z',
        data: {
          festival: 'petit-festival',
          juror: 'Juré 2',
          scores: { a: { histoire: 4 } },
          comments: { a: 'Touchant' },
        },
        owner: 'centre',
      }),
    );
    const el = await grid(tinyFestival, { storage: 'local' });
    expect(el.grid).toEqual({
      festival: 'petit-festival',
      juror: 'Juré 2',
      scores: { a: { histoire: 4 } },
      comments: { a: 'Touchant' },
    });
    await score(el, 0, 2);
    const raw = JSON.parse(localStorage.getItem(KEY)!);
    expect(raw).toMatchObject({
      kit: 'quartiers-douai',
      type: 'film-jury',
      version: 1,
      owner: 'centre',
    });
    expect(raw.data.scores).toEqual({ a: { histoire: 2 } });
    expect(raw.data.comments).toEqual({ a: 'Touchant' });
  });

  it('without storage nothing is kept, and the summary says to download', async () => {
    const el = await grid();
    await score(el, 0, 3);
    expect(Object.keys(localStorage)).toEqual([]);
    await click(el, 'Récapitulatif');
    expect(text(el)).toContain('Vos notes ne sont pas gardées sur cette tablette');
  });

  it('export JSON → results: three jurors, a tie, merged and ranked in an accessible table', async () => {
    const files = downloads();
    const plans: Array<[string, number[][]]> = [
      [
        'Juré 1',
        [
          [4, 2],
          [3, 4],
          [4, 2],
        ],
      ],
      [
        'Juré 2',
        [
          [5, 0],
          [3, 4],
          [4, 2],
        ],
      ],
      [
        'Juré 3',
        [
          [3, 4],
          [3, 4],
          [4, 2],
        ],
      ],
    ];
    for (const [name, films] of plans) {
      const el = await grid();
      for (const [i, [h, img]] of films.entries()) {
        await score(el, 0, h!);
        await score(el, 1, img!);
        await click(el, i < 2 ? 'Film suivant' : 'Récapitulatif');
      }
      const field = q<HTMLInputElement>(el, 'input[type="text"]')!;
      field.value = name;
      field.dispatchEvent(new Event('change'));
      await click(el, 'Télécharger mes notes (fichier pour l’organisation)');
      await click(el, 'Télécharger le tableau (CSV)');
      el.remove();
    }
    await until(() => files.every((f) => f.text !== ''), 'the files are written');
    const json = files.filter((f) => f.type === 'application/json');
    expect(json.map((f) => f.name)).toEqual([
      'jury-petit-festival-Juré-1.json',
      'jury-petit-festival-Juré-2.json',
      'jury-petit-festival-Juré-3.json',
    ]);
    expect(files.filter((f) => f.name.endsWith('.csv'))).toHaveLength(3);

    const results = await mount('qd-jury-results', tinyFestival);
    expect(text(results)).toContain('Ajoutez les fichiers des jurés pour voir le classement.');
    const merged = events<{ jurors: number }>(results, 'qd-jury-merged');
    await results.addFiles(json.map((f) => new File([f.text], f.name, { type: f.type })));
    await settle(results);
    expect(merged.at(-1)!.jurors).toBe(3);
    expect(text(results, '[part="read"]')).toBe('3 fichiers de jurés lus.');
    // A: (10 + 10 + 10) / 3 = 10, histoire 4 ; B: 10, histoire 3 ; C: 10, histoire 4 → A and C tied first.
    expect(
      qa(results, 'tbody tr').map((r) => [...r.children].map((c) => norm(c.textContent)).join(' ')),
    ).toEqual([
      '1 (ex æquo) Film A 10 / 15 4 2 3',
      '1 (ex æquo) Film C 10 / 15 4 2 3',
      '3 Film B 10 / 15 3 4 3',
    ]);
    expect(text(results, 'caption')).toBe('Classement : moyenne des totaux pondérés des jurés');
    expect(qa(results, 'tbody th[scope="row"]')).toHaveLength(3);
    expect(await axeViolations(results)).toEqual([]);

    // The same juror's new file replaces theirs; a file of another festival is refused.
    const other = JSON.parse(json[0]!.text);
    other.data.festival = 'autre-festival';
    await results.addFiles([
      new File([json[0]!.text], 'encore.json'),
      new File([JSON.stringify(other)], 'autre.json'),
      new File(['pas du json'], 'notes.txt'),
    ]);
    await settle(results);
    expect(qa(results, '[part="read"] li').map((li) => norm(li.textContent))).toEqual([
      '1 fichier de juré lu.',
      'Le fichier de « Juré 1 » remplace celui qui avait déjà été lu.',
      '« autre.json » est le fichier d’un autre festival : il n’a pas été pris.',
      '« notes.txt » n’est pas un fichier de notes du jury : il n’a pas été pris.',
    ]);
    expect(text(results)).toContain('Jurés : Juré 1, Juré 2, Juré 3');
    await emulate({ media: 'print' });
    expect(getComputedStyle(q(results, '.qd-table-wrap')!).overflowX).toBe('visible');
    expect(q(results, 'input[type="file"]')!.checkVisibility()).toBe(false);
    expect(button(results, 'Retirer tous les fichiers').checkVisibility()).toBe(false);
    expect(q(results, 'tbody')!.checkVisibility()).toBe(true);
    expect(getComputedStyle(q(results, 'table')!).display).toBe('table');
    await emulate({ media: null });
    await click(results, 'Télécharger le classement (CSV)');
    await until(() => files.at(-1)!.text !== '', 'the ranking file');
    expect(files.at(-1)!.name).toBe('classement-petit-festival.csv');
    expect(files.at(-1)!.text).toContain('1 ex æquo;Film A;10;15;4;2;3');
  });

  it('the CSV files (a juror’s table, the ranking) write a comment or a title that looks like a formula as text', async () => {
    const files = downloads();
    const f = clone(tinyFestival);
    f.films[0]!.title = '=HYPERLINK("http://x.test";"Cliquez")';
    const el = await grid(f);
    await score(el, 0, 4);
    await score(el, 1, 3);
    const comment = q<HTMLTextAreaElement>(el, 'textarea')!;
    comment.value = "+cmd|' /C calc'!A0";
    comment.dispatchEvent(new Event('change'));
    await click(el, 'Récapitulatif');
    await click(el, 'Télécharger le tableau (CSV)');
    await click(el, 'Télécharger mes notes (fichier pour l’organisation)');
    await until(() => files.length === 2 && files.every((x) => x.text !== ''), 'the files');
    const title = `'=HYPERLINK("http://x.test";"Cliquez")`;
    const table = files.find((x) => x.name.endsWith('.csv'))!.text.replace(/^\uFEFF/, '');
    expect(table).toContain('"\'=HYPERLINK(""http://x.test"";""Cliquez"")";4;3;11;15;');
    expect(parseCsv(table, ';')[1]).toEqual([title, '4', '3', '11', '15', "'+cmd|' /C calc'!A0"]);

    const results = await mount('qd-jury-results', f);
    const json = files.find((x) => x.type === 'application/json')!;
    await results.addFiles([new File([json.text], json.name, { type: json.type })]);
    await settle(results);
    await click(results, 'Télécharger le classement (CSV)');
    await until(() => files.length === 3 && files[2]!.text !== '', 'the ranking file');
    const ranking = parseCsv(files[2]!.text.replace(/^\uFEFF/, ''), ';');
    expect(ranking[1]!.slice(0, 4)).toEqual(['1', title, '11', '15']);
  });

  it('a juror’s file resumes on another tablet (import), only for the same festival', async () => {
    const files = downloads();
    const el = await grid();
    await score(el, 0, 2);
    await click(el, 'Récapitulatif');
    await click(el, 'Télécharger mes notes (fichier pour l’organisation)');
    await until(() => files[0]?.text !== '' && files.length === 1, 'the file');
    el.remove();
    const other = await grid(tinyFestival, { storage: 'local' });
    await click(other, 'Récapitulatif');
    const input = q<HTMLInputElement>(other, 'input[type="file"]')!;
    const dt = new DataTransfer();
    dt.items.add(new File([files[0]!.text], 'notes.json', { type: 'application/json' }));
    input.files = dt.files;
    input.dispatchEvent(new Event('change'));
    await until(() => text(other, '[role="status"]') !== '', 'import result');
    expect(other.grid.scores).toEqual({ a: { histoire: 2 } });
    expect(text(other, '[role="status"]')).toBe('Vos données ont été reprises depuis le fichier.');
    // Another festival's file: refused, nothing changed (neither on screen nor on the tablet).
    const foreign = JSON.parse(files[0]!.text);
    foreign.data.festival = 'autre-festival';
    foreign.data.scores = { a: { histoire: 5 } };
    const dt2 = new DataTransfer();
    dt2.items.add(new File([JSON.stringify(foreign)], 'autre.json', { type: 'application/json' }));
    input.files = dt2.files;
    input.dispatchEvent(new Event('change'));
    await until(() => text(other, '[role="status"]').startsWith('Ce fichier'), 'refusal');
    expect(text(other, '[role="status"]')).toContain('Rien n');
    expect(other.grid.scores).toEqual({ a: { histoire: 2 } });
    expect(JSON.parse(localStorage.getItem('qd:film-jury:petit-festival')!).data.scores).toEqual({
      a: { histoire: 2 },
    });
    expect(await axeViolations(other)).toEqual([]);
  });
  it('the same file chosen twice counts once, even without a juror name; another unnamed juror counts', async () => {
    const file = (savedAt: string) =>
      JSON.stringify({
        kit: 'quartiers-douai',
        type: 'film-jury',
        version: 1,
        savedAt,
        data: {
          festival: 'petit-festival',
          juror: '',
          scores: { a: { histoire: 5, image: 5 }, b: { histoire: 1, image: 1 } },
          comments: {},
        },
      });
    const results = await mount('qd-jury-results', tinyFestival);
    const first = file('2027-05-13T10:00:00.000Z');
    await results.addFiles([new File([first], 'jury-petit-festival-jure.json')]);
    await results.addFiles([new File([first], 'jury-petit-festival-jure.json')]);
    await settle(results);
    expect(results.grids).toHaveLength(1);
    expect(qa(results, '[part="read"] li').map((li) => norm(li.textContent))).toEqual([
      '1 fichier de juré lu.',
      'Le fichier de « #1 » remplace celui qui avait déjà été lu.',
    ]);
    // Another tablet's unnamed juror (same file name, same scores, saved at another time).
    await results.addFiles([
      new File([file('2027-05-13T10:05:00.000Z')], 'jury-petit-festival-jure.json'),
    ]);
    await settle(results);
    expect(results.grids).toHaveLength(2);
    expect(text(results)).toContain('Jurés : #1, #2');
    expect(
      qa(results, 'tbody tr').map((r) => [...r.children].map((c) => norm(c.textContent)).join(' ')),
    ).toEqual(['1 Film A 15 / 15 5 5 2', '2 Film B 3 / 15 1 1 2', 'non classé Film C — — — 0']);
  });
});

describe('qd-jury-grid · importing over kept notes asks first', () => {
  const KEY = 'qd:film-jury:petit-festival';
  const stored = () => JSON.parse(localStorage.getItem(KEY) ?? 'null')?.data as JuryData | null;
  /** A jury file of this festival, as « Télécharger mes notes » writes it. */
  const juryFile = (data: Partial<JuryData>) =>
    JSON.stringify({
      kit: 'quartiers-douai',
      type: 'film-jury',
      version: 1,
      savedAt: '2027-05-13T10:00:00.000Z',
      data: { ...jury('Juré 4', { a: { histoire: 5, image: 5 } }), ...data },
    });
  /** The summary table as a person reads it, a row per film. */
  const rows = (el: Element) =>
    qa(el, 'tbody tr').map((r) => [...r.children].map((c) => norm(c.textContent)).join(' '));
  const question = (el: Element, name: string | RegExp = /Ce fichier remplace/) =>
    page.elementLocator(el).getByRole('group', { name });

  const notice = (el: Element) => text(el, '[role="status"]');

  /** Gives a file to « Reprendre des notes depuis un fichier », as a person picking it would. */
  async function pick(el: HTMLElement, text: string, name = 'notes.json') {
    const input = q<HTMLInputElement>(el, 'input[type="file"]')!;
    const dt = new DataTransfer();
    dt.items.add(new File([text], name, { type: 'application/json' }));
    input.files = dt.files;
    input.dispatchEvent(new Event('change'));
    await until(
      () => q(el, '[role="group"]') !== null || notice(el) !== '',
      'a question or a notice',
    );
    await settle(el);
  }

  /** A juror who scored film A and commented film B, on the summary. */
  async function juror(attrs: Record<string, string> = { storage: 'local' }) {
    const el = await grid(tinyFestival, attrs);
    await score(el, 0, 3);
    await click(el, 'Film suivant');
    const comment = q<HTMLTextAreaElement>(el, 'textarea')!;
    comment.value = 'Beau film';
    comment.dispatchEvent(new Event('change'));
    await click(el, 'Récapitulatif');
    return el;
  }
  const before = { a: { histoire: 3 } };

  it('a valid file over kept notes: a question, focused, and the notes stay (screen and tablet) until « Remplacer mes notes »', async () => {
    const el = await juror();
    expect(rows(el)[0]).toBe('Film A 3 — —');
    await pick(el, juryFile({ scores: { c: { histoire: 1, image: 2 } } }));
    const ask = question(el, 'Ce fichier remplace vos notes actuelles (2 films notés).');
    await expect.element(ask).toBeVisible();
    await expect
      .element(ask)
      .toHaveAccessibleDescription(
        'Elles seront perdues. Pour les garder, téléchargez-les d’abord.',
      );
    expect(focused(el)?.textContent?.trim()).toBe(
      'Ce fichier remplace vos notes actuelles (2 films notés).',
    );
    // Nothing replaced yet: not on the tablet, not on screen, no notice.
    expect(stored()!.scores).toEqual(before);
    expect(stored()!.comments).toEqual({ b: 'Beau film' });
    expect(el.grid.scores).toEqual(before);
    expect(rows(el)[0]).toBe('Film A 3 — —');
    expect(notice(el)).toBe('');
    expect(await axeViolations(el)).toEqual([]);

    await click(el, 'Remplacer mes notes');
    await until(() => notice(el) !== '', 'the import notice');
    expect(notice(el)).toBe('Vos données ont été reprises depuis le fichier.');
    expect(stored()!.scores).toEqual({ c: { histoire: 1, image: 2 } });
    expect(stored()!.comments).toEqual({});
    expect(rows(el)).toEqual(['Film A — — —', 'Film B — — —', 'Film C 1 2 4 / 15']);
    expect(q(el, '[role="group"]')).toBeNull();
    await settle(el);
    expect(focused(el)).toBe(q(el, '#summary-title'));
  });

  it('« Annuler » keeps the notes; the focus goes back to the file control', async () => {
    const el = await juror();
    await pick(el, juryFile({}));
    await click(el, 'Annuler');
    expect(q(el, '[role="group"]')).toBeNull();
    expect(focused(el)).toBe(q(el, 'input[type="file"]'));
    expect(stored()!.scores).toEqual(before);
    expect(stored()!.comments).toEqual({ b: 'Beau film' });
    expect(el.grid.scores).toEqual(before);
    expect(rows(el)[0]).toBe('Film A 3 — —');
    expect(notice(el)).toBe('');
  });

  it('keyboard: Escape keeps the notes and returns to the file control; Tab then Enter on « Remplacer mes notes » replaces them', async () => {
    const el = await juror();
    await pick(el, juryFile({}));
    await userEvent.keyboard('{Escape}');
    await settle(el);
    expect(q(el, '[role="group"]')).toBeNull();
    expect(focused(el)).toBe(q(el, 'input[type="file"]'));
    expect(stored()!.scores).toEqual(before);
    expect(rows(el)[0]).toBe('Film A 3 — —');

    await pick(el, juryFile({}));
    expect(focused(el)?.id).toBe('replace-ask');
    await userEvent.keyboard('{Tab}');
    expect(focused(el)).toBe(button(el, 'Remplacer mes notes'));
    await userEvent.keyboard('{Enter}');
    await until(() => notice(el) !== '', 'the import notice');
    expect(stored()!.scores).toEqual({ a: { histoire: 5, image: 5 } });
    expect(rows(el)[0]).toBe('Film A 5 5 15 / 15');
  });

  it('« Télécharger mes notes d’abord » downloads the current notes (the usual file); the question stays', async () => {
    const files = downloads();
    const el = await juror();
    await pick(el, juryFile({}));
    await click(el, 'Télécharger mes notes d’abord');
    await until(() => files.length === 1 && files[0]!.text !== '', 'the file');
    expect(files[0]!.name).toBe('jury-petit-festival-jure.json');
    expect(JSON.parse(files[0]!.text).data).toEqual({
      festival: 'petit-festival',
      juror: '',
      scores: before,
      comments: { b: 'Beau film' },
    });
    await expect.element(question(el)).toBeVisible();
    expect(stored()!.scores).toEqual(before);
  });

  it('without storage: the notes on screen are asked for too', async () => {
    const el = await juror({});
    await pick(el, juryFile({}));
    await click(el, 'Annuler');
    expect(el.grid.scores).toEqual(before);
    expect(rows(el)[0]).toBe('Film A 3 — —');
    await pick(el, juryFile({}));
    await click(el, 'Remplacer mes notes');
    await until(() => notice(el) !== '', 'the import notice');
    expect(rows(el)[0]).toBe('Film A 5 5 15 / 15');
  });

  it('an empty grid takes the file at once, without asking', async () => {
    const el = await grid(tinyFestival, { storage: 'local' });
    await click(el, 'Récapitulatif');
    await pick(el, juryFile({}));
    expect(q(el, '[role="group"]')).toBeNull();
    await until(() => notice(el) !== '', 'the import notice');
    expect(notice(el)).toBe('Vos données ont été reprises depuis le fichier.');
    expect(stored()!.scores).toEqual({ a: { histoire: 5, image: 5 } });
    expect(rows(el)[0]).toBe('Film A 5 5 15 / 15');
  });

  it('a file that is not a jury file, over kept notes: refused and explained at once, nothing changed', async () => {
    const el = await juror();
    await pick(el, 'pas du json', 'notes.txt');
    await until(() => notice(el).includes('Rien n'), 'the refusal');
    expect(q(el, '[role="group"]')).toBeNull();
    expect(notice(el)).toMatch(/^Ce fichier n.a pas pu être repris/);
    expect(stored()!.scores).toEqual(before);
    expect(rows(el)[0]).toBe('Film A 3 — —');
  });

  it('Arabic and English: the question in the page’s language, with its plural', async () => {
    (await juror()).remove(); // two films noted, kept on the tablet
    const ar = await grid(tinyFestival, { storage: 'local', lang: 'ar' });
    await click(ar, 'الملخص');
    await pick(ar, juryFile({}));
    await expect
      .element(question(ar, 'هذا الملف يحل محل تقييماتك الحالية (فيلمان مُقيَّمان).'))
      .toBeVisible();
    await click(ar, 'إلغاء');
    expect(stored()!.scores).toEqual(before);
    ar.remove();
    const en = await grid(tinyFestival, { storage: 'local', lang: 'en' });
    await click(en, 'Summary');
    await pick(en, juryFile({}));
    await expect
      .element(question(en, 'This file replaces your current scores (2 films scored).'))
      .toBeVisible();
    await click(en, 'Replace my scores');
    await until(() => stored()!.scores.a?.image === 5, 'the new notes kept');
  });
});

describe('jury · XSS: content and file texts are text', () => {
  it.each(PAYLOADS)('%s in criteria, films, juror name', async (payload) => {
    const f = clone(tinyFestival);
    f.title = payload;
    f.criteria[0]!.label = payload;
    f.criteria[0]!.description = payload;
    for (const film of f.films) film.title = payload;
    const el = await grid(f);
    expect(text(el, '#film-title')).toBe(payload);
    await click(el, 'Récapitulatif');
    const allowed = [
      'div',
      'h2',
      'section',
      'h3',
      'table',
      'thead',
      'tbody',
      'tr',
      'th',
      'td',
      'label',
      'input',
      'p',
      'button',
      'span',
    ];
    expect(foreignElements(el, allowed)).toEqual([]);
    const results = await mount('qd-jury-results', f);
    const data = {
      kit: 'quartiers-douai',
      type: 'film-jury',
      version: 1,
      data: {
        festival: 'petit-festival',
        juror: payload,
        scores: { a: { histoire: 1, image: 1 } },
        comments: {},
      },
    };
    await results.addFiles([new File([JSON.stringify(data)], `${payload}.json`)]);
    await settle(results);
    expect(text(results)).toContain(`Jurés : ${payload}`);
    await results.addFiles([new File(['{}'], `${payload}.json`)]);
    await settle(results);
    expect(text(results, '[part="read"]')).toContain(`« ${payload}.json » n’est pas un fichier`);
    const allowedResults = [...allowed, 'caption', 'ul', 'li'];
    expect(foreignElements(results, allowedResults)).toEqual([]);
    expect((window as { __qdXss?: unknown }).__qdXss).toBeUndefined();
  });
});

describe('jury · accessibility (axe) and i18n', () => {
  it('every screen of the grid (sample festival), and the empty results: no violation', async () => {
    const el = await grid(samples.festival);
    const n = samples.festival.films.length;
    for (let i = 0; i < n; i++) {
      await score(el, 0, 3);
      expect(await axeViolations(el)).toEqual([]);
      await click(el, i < n - 1 ? 'Film suivant' : 'Récapitulatif');
    }
    expect(text(el, '#summary-title')).toBe('Récapitulatif de vos notes');
    expect(await axeViolations(el)).toEqual([]);
    expect(await axeViolations(await mount('qd-jury-results', samples.festival))).toEqual([]);
  });

  it('results in Arabic (right to left): refused files, a ranking with ties, no violation', async () => {
    const envelope = (juror: string, festival = 'petit-festival') =>
      JSON.stringify({
        kit: 'quartiers-douai',
        type: 'film-jury',
        version: 1,
        data: {
          festival,
          juror,
          scores: { a: { histoire: 4, image: 2 }, c: { histoire: 4, image: 2 } },
          comments: {},
        },
      });
    const results = await mount('qd-jury-results', tinyFestival, { lang: 'ar' });
    await until(() => text(results, 'h2').includes('نتائج لجنة التحكيم'), 'Arabic');
    expect(q(results, '.qd-root')!.getAttribute('dir')).toBe('rtl');
    expect(await axeViolations(results)).toEqual([]);
    await results.addFiles([
      new File([envelope('1')], '1.json'),
      new File([envelope('2', 'autre')], 'autre.json'),
      new File(['pas du json'], 'notes.txt'),
    ]);
    await settle(results);
    expect(qa(results, '[part="read"] li')).toHaveLength(3);
    expect(qa(results, 'tbody tr').map((r) => norm(r.children[0]!.textContent))).toEqual([
      '1 (بالتساوي)',
      '1 (بالتساوي)',
      'غير مصنّف',
    ]);
    expect(await axeViolations(results)).toEqual([]);
  });

  it('Arabic: right to left, Arabic labels', async () => {
    const el = await grid(tinyFestival, { lang: 'ar' });
    await until(() => text(el).includes('الفيلم 1 من 3'), 'Arabic');
    expect(q(el, '.qd-root')!.getAttribute('dir')).toBe('rtl');
    expect(button(el, 'الفيلم التالي')).toBeTruthy();
    expect(await axeViolations(el)).toEqual([]);
  });
});

describe('jury · reflow at 320 px', () => {
  it('a film screen and the summary fit 320 px (the summary table scrolls in its own region)', async () => {
    const wrap = document.createElement('div');
    wrap.style.width = '320px';
    document.body.append(wrap);
    const el = document.createElement('qd-jury-grid');
    el.content = clone(samples.festival);
    wrap.append(el);
    await settle(el);
    const box = q(el, '.qd-jury')!;
    expect(box.scrollWidth).toBeLessThanOrEqual(320);
    await click(el, 'Récapitulatif');
    expect(box.scrollWidth).toBeLessThanOrEqual(320);
    expect(q(el, '.qd-table-wrap')!.getAttribute('tabindex')).toBe('0');
    wrap.remove();
  });
});
