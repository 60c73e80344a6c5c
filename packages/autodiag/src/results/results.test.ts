/**
 * The results screen of `<qd-autodiag>` (`results.part.ts`): the profile by area, what the person
 * can already do, the workshops, the sheet printed or saved, the advisor mode's wording and notes.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import type { AutodiagCompleteDetail } from '../index.js';
import { tinyDiag } from '../fixtures.js';
import {
  axeViolations,
  button,
  captureDownloads,
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
import { answer, answerButtons, profile, run, workshops } from '../test/journey.js';
import '../define.js';

/** Catches `saveFile` downloads: the file's name and text. */
const downloads = () => captureDownloads().files;

afterEach(async () => {
  cleanup();
  vi.restoreAllMocks();
  localStorage.clear();
  await emulate({ media: null });
});

describe('qd-autodiag · results', () => {
  it('a profile by area as a table with text (never one overall score), what I can do, and the workshops that fit', async () => {
    const el = await mount('qd-autodiag', tinyDiag);
    const done = events<AutodiagCompleteDetail>(el, 'qd-complete');
    await run(el, [2, 0, 3, 2]);
    expect(text(el, '#results-heading')).toBe('Mon profil');
    expect(focused(el)).toBe(q(el, '#results-heading'));
    expect(text(el, '[part="results"]')).toContain("Ce profil n'est pas une note");
    expect(text(el, '[part="profile"] caption')).toBe('Mon niveau dans chaque domaine');
    expect(qa(el, '[part="profile"] thead th').map((t) => norm(t.textContent))).toEqual([
      'Domaine',
      'Niveau',
      'Phrases répondues',
    ]);
    expect(profile(el)).toEqual([
      ['Les e-mails', 'Je découvre Un bon point de départ.', '2 sur 2'],
      ['La sécurité', 'Je suis à l’aise', '2 sur 2'],
    ]);
    // the bars are drawn for the eye only; the level is written
    expect(qa(el, '.qd-bar').every((b) => b.getAttribute('aria-hidden') === 'true')).toBe(true);
    expect(qa(el, '.qd-bar').map((b) => b.querySelectorAll('.on').length)).toEqual([1, 3]);
    expect(text(el, '[part="results"]')).not.toMatch(/score|%|\/ ?\d/i);
    expect(qa(el, '.qd-can li').map((li) => norm(li.textContent))).toEqual([
      'Je sais lire un e-mail',
      'Je sais reconnaître une arnaque',
      'Je ne donne jamais mon code de carte',
    ]);
    expect(workshops(el)).toEqual(['Ma boîte e-mail', 'Les pièces jointes', 'Café numérique']);
    expect(done).toEqual([{ levels: { courriel: 'debut', securite: 'fort' } }]);
    expect(await axeViolations(el)).toEqual([]);
  });

  it('a workshop shows when, where and how to reach the centre (tel:, mailto:, https: links)', async () => {
    const el = await mount('qd-autodiag', tinyDiag);
    await run(el, [0, 0, 0, 0]);
    const w = q(el, '.qd-workshop')!;
    expect(norm(w.textContent)).toContain('Domaine : Les e-mails');
    expect([...w.querySelectorAll('dt, dd')].map((d) => norm(d.textContent))).toEqual([
      'Quand',
      'Le mardi à 10 h',
      'Où',
      'Salle 2',
      'Contact',
      'Samia Appeler le 03 53 01 00 00 Écrire à accueil@glycines.example En savoir plus (https://glycines.example/ateliers)',
    ]);
    expect(
      [...w.querySelectorAll('a')].map((a) => [a.getAttribute('href'), norm(a.textContent)]),
    ).toEqual([
      ['tel:0353010000', 'Appeler le 03 53 01 00 00'],
      ['mailto:accueil@glycines.example', 'Écrire à accueil@glycines.example'],
      ['https://glycines.example/ateliers', 'En savoir plus (https://glycines.example/ateliers)'],
    ]);
  });

  it('an area whose statements were all skipped says "Pas encore évalué" (never a zero) and gets no workshop', async () => {
    const el = await mount('qd-autodiag', tinyDiag);
    const done = events<AutodiagCompleteDetail>(el, 'qd-complete');
    await run(el, [3, 3, null, null]);
    expect(profile(el)).toEqual([
      ['Les e-mails', 'Je suis à l’aise', '2 sur 2'],
      [
        'La sécurité',
        'Pas encore évalué Toutes les phrases de ce domaine ont été passées : on pourra en parler.',
        '0 sur 2',
      ],
    ]);
    expect(text(el, '[part="profile"]')).not.toMatch(/\b0\b(?! sur)/);
    expect(workshops(el)).toEqual([]);
    expect(text(el, '[part="results"]')).toContain("Pas d'atelier proposé pour ce profil");
    expect(done[0]).toEqual({ levels: { courriel: 'fort', securite: null } });
  });

  it('every statement skipped: every area "Pas encore évalué", no workshop, nothing "can do", never a score', async () => {
    const el = await mount('qd-autodiag', tinyDiag);
    const done = events<AutodiagCompleteDetail>(el, 'qd-complete');
    await run(el, [null, null, null, null]);
    expect(profile(el).map((r) => [r[1]!.startsWith('Pas encore évalué'), r[2]])).toEqual([
      [true, '0 sur 2'],
      [true, '0 sur 2'],
    ]);
    expect(qa(el, '.qd-bar .on')).toHaveLength(0);
    expect(workshops(el)).toEqual([]);
    expect(qa(el, '.qd-can li')).toHaveLength(0);
    expect(text(el, '[part="results"]')).toContain("c'est normal quand on commence");
    expect(text(el, '[part="results"]')).not.toMatch(/score|échec|%/i);
    expect(done).toEqual([{ levels: { courriel: null, securite: null } }]);
    expect(await axeViolations(el)).toEqual([]);
  });

  it('nothing known yet: an encouraging sentence instead of an empty list', async () => {
    const el = await mount('qd-autodiag', tinyDiag);
    await run(el, [0, 1, null, 1]);
    expect(qa(el, '.qd-can li')).toHaveLength(0);
    expect(text(el, '[part="results"]')).toContain("c'est normal quand on commence");
  });

  it('"Revenir aux phrases" goes back to the last statement; changing it changes the profile', async () => {
    const el = await mount('qd-autodiag', tinyDiag);
    await run(el, [0, 0, 0, 0]);
    await click(el, 'Revenir aux phrases');
    expect(text(el, '.qd-progress')).toBe('4 sur 4');
    expect(answerButtons(el)[0]!.getAttribute('aria-pressed')).toBe('true');
    await answer(el, 3);
    expect(profile(el)[1]![1]).toBe('Je me débrouille');
  });

  it('"Recommencer": a clean first screen, the answers forgotten', async () => {
    const el = await mount('qd-autodiag', tinyDiag);
    await run(el, [3, 3, 3, 3]);
    await click(el, 'Recommencer');
    expect(q(el, '[part="intro"]')).not.toBeNull();
    expect(focused(el)).toBe(q(el, '#title'));
    await click(el, 'Commencer');
    expect(answerButtons(el).every((b) => b.getAttribute('aria-pressed') === 'false')).toBe(true);
  });
});

describe('qd-autodiag · the personal sheet (print and save)', () => {
  it('"Imprimer la fiche" opens the print dialog; printed, the buttons are gone and the profile stays', async () => {
    const print = vi.spyOn(window, 'print').mockImplementation(() => {});
    const el = await mount('qd-autodiag', tinyDiag);
    await run(el, [2, 0, 3, 2]);
    await click(el, 'Imprimer la fiche');
    expect(print).toHaveBeenCalledOnce();
    await emulate({ media: 'print' });
    expect(getComputedStyle(q(el, '[part="results"] .qd-actions')!).display).toBe('none');
    expect(getComputedStyle(q(el, '.qd-toolbar')!).display).toBe('none');
    expect(getComputedStyle(q(el, '[part="profile"]')!).display).toBe('table');
    expect(getComputedStyle(q(el, '[part="workshops"]')!).display).not.toBe('none');
    // the address of a web page is written out on paper
    expect(getComputedStyle(q(el, '.qd-workshop a .qd-print-only')!).display).toBe('inline');
  });

  it('Ctrl+P prints the same sheet, and the focus stays where it was', async () => {
    const el = await mount('qd-autodiag', tinyDiag);
    await run(el, [2, 0, 3, 2]);
    const printButton = button(el, 'Imprimer la fiche');
    printButton.focus();
    window.dispatchEvent(new Event('beforeprint'));
    await emulate({ media: 'print' });
    expect(getComputedStyle(q(el, '[part="results"] .qd-actions')!).display).toBe('none');
    expect(getComputedStyle(q(el, '[part="profile"]')!).display).toBe('table');
    expect(getComputedStyle(q(el, '[part="workshops"]')!).display).not.toBe('none');
    await emulate({ media: null });
    printButton.blur(); // the print dialog takes the focus
    expect(focused(el)).toBeNull();
    window.dispatchEvent(new Event('afterprint'));
    await settle(el);
    expect(focused(el)).toBe(printButton);
  });

  it('"Enregistrer la fiche (texte)": a small text file with the profile, what I can do and the workshops', async () => {
    const files = downloads();
    const el = await mount('qd-autodiag', tinyDiag);
    await run(el, [2, 0, 3, 2]);
    await click(el, 'Enregistrer la fiche (texte)');
    await vi.waitFor(() => expect(files.map((f) => f.name)).toEqual(['petit-bilan-fiche.txt']));
    await settle(el);
    const sheet = await files[0]!.text;
    expect(sheet).toBe(
      [
        'Le petit bilan',
        '',
        'Mon profil',
        '- Les e-mails : Je découvre (2 sur 2)',
        '- La sécurité : Je suis à l’aise (2 sur 2)',
        '',
        'Ce que je sais déjà faire',
        '- Je sais lire un e-mail',
        '- Je sais reconnaître une arnaque',
        '- Je ne donne jamais mon code de carte',
        '',
        'Les ateliers conseillés pour moi',
        '- Ma boîte e-mail',
        '  Quand : Le mardi à 10 h',
        '  Où : Salle 2',
        '  Contact : Samia, 03 53 01 00 00, accueil@glycines.example, https://glycines.example/ateliers',
        '- Les pièces jointes',
        '- Café numérique',
        '',
      ].join('\n'),
    );
    expect(text(el, '[part="notice"]')).toBe('La fiche a été téléchargée (fichier texte).');
  });
});

describe('qd-autodiag · advisor mode', () => {
  it('speaks of "la personne": the question to ask, her answer, her profile, "Nouvelle personne"', async () => {
    const el = await mount('qd-autodiag', tinyDiag, { advisor: '' });
    expect(text(el, '[part="intro"]')).toContain('Lisez chaque phrase avec la personne');
    await click(el, 'Commencer');
    expect(text(el, '[part="item"] .qd-hint')).toBe('Demandez à la personne :');
    expect(text(el, '#answers-label')).toBe('Réponse de la personne');
    for (const a of [2, 0, 3, 2]) await answer(el, a);
    expect(text(el, '#results-heading')).toBe('Le profil de la personne');
    expect(text(el, '[part="profile"] caption')).toBe('Son niveau dans chaque domaine');
    expect(qa(el, '[part="results"] h4').map((h) => norm(h.textContent))).toEqual([
      "Notes de l'accompagnant",
      'Ce que la personne sait déjà faire',
      'Les ateliers conseillés pour la personne',
    ]);
    expect(button(el, 'Nouvelle personne')).toBeTruthy();
    expect(await axeViolations(el)).toEqual([]);
  });

  it('a note per area: labelled fields, printed as text and saved with the sheet, forgotten for the next person', async () => {
    const files = downloads();
    const el = await mount('qd-autodiag', tinyDiag, { advisor: '' });
    await run(el, [2, 0, 3, 2]);
    const field = q<HTMLTextAreaElement>(el, '#note-courriel')!;
    expect(text(el, 'label[for="note-courriel"]')).toBe('Notes pour « Les e-mails »');
    field.focus();
    await userEvent.keyboard('A une adresse Gmail');
    await settle(el);
    await click(el, 'Enregistrer la fiche (texte)');
    await vi.waitFor(() => expect(files).toHaveLength(1));
    expect(await files[0]!.text).toContain(
      "Notes de l'accompagnant\n- Les e-mails : A une adresse Gmail\n",
    );
    await emulate({ media: 'print' });
    expect(getComputedStyle(field.closest('p')!).display).toBe('none');
    expect(getComputedStyle(q(el, 'p.qd-print-only')!).display).toBe('block');
    expect(text(el, 'p.qd-print-only')).toBe('Les e-mails : A une adresse Gmail');
    await emulate({ media: null });
    await click(el, 'Nouvelle personne');
    await run(el, [2, 0, 3, 2]);
    expect(q<HTMLTextAreaElement>(el, '#note-courriel')!.value).toBe('');
  });
});
