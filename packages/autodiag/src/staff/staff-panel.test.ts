/**
 * The staff panel of a centre tablet (`staff-panel.part.ts`, core's panel with the self-check's
 * counts): the code, the counts table, the CSV (formulas written as text), emptying the counts,
 * its texts in three languages.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { clone, tinyDiag } from '../fixtures.js';
import {
  axeViolations,
  captureDownloads,
  cleanup,
  click,
  focused,
  mount,
  norm,
  parseCsv,
  q,
  qa,
  settle,
  text,
} from '@quartiers-douai/kit-scripts/testing';
import { openPanel, run } from '../test/journey.js';
import { autodiagStaffMessages } from './staff-panel.part.js';
import '../define.js';

const KEY = 'qd:autodiag-counts:petit-bilan';
const centre = { storage: 'local', 'staff-pin': '2468' };

const stored = () => JSON.parse(localStorage.getItem(KEY) ?? 'null') as Record<string, unknown>;

const downloads = () => captureDownloads().files;

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
  localStorage.clear();
  sessionStorage.clear();
});

describe('qd-autodiag · staff panel (PIN)', () => {
  it('its texts exist in English and Arabic (no French left in an Arabic panel)', () => {
    const keys = Object.keys(autodiagStaffMessages.fr).sort();
    expect(Object.keys(autodiagStaffMessages.en!).sort()).toEqual(keys);
    expect(Object.keys(autodiagStaffMessages.ar!).sort()).toEqual(keys);
  });

  it('Arabic page: the panel in Arabic, right to left, the confirmation too, without violations', async () => {
    document.documentElement.lang = 'ar';
    try {
      const el = await mount('qd-autodiag', tinyDiag, centre);
      await click(el, 'فضاء الفريق');
      expect(focused(el)).toBe(q(el, '#pin'));
      await userEvent.keyboard('2468');
      await userEvent.keyboard('{Enter}');
      await settle(el);
      expect(q(el, '.qd-root')!.getAttribute('dir')).toBe('rtl');
      expect(text(el, '[part="staff"] legend')).toBe('فاصل ملف CSV');
      await click(el, 'إعادة العدادات إلى الصفر');
      expect(text(el, '#confirm-empty')).toMatch(/^هل تريد/);
      expect(await axeViolations(el)).toEqual([]);
    } finally {
      document.documentElement.lang = 'fr';
    }
  });

  it('"Espace équipe" asks for the code; a wrong one is refused with an alert tied to the field', async () => {
    const el = await mount('qd-autodiag', tinyDiag, centre);
    await openPanel(el, '1111');
    expect(text(el, '#pin-error')).toBe('Code incorrect. Réessayez.');
    expect(q(el, '#pin-error')!.getAttribute('role')).toBe('alert');
    expect(q(el, '#pin')!.getAttribute('aria-describedby')).toBe('pin-error');
    expect(focused(el)).toBe(q(el, '#pin'));
    expect(q(el, 'table')).toBeNull();
    expect(await axeViolations(el)).toEqual([]);
  });

  it('the right code shows the counts table; the CSV has one row per area and level', async () => {
    const files = downloads();
    const el = await mount('qd-autodiag', tinyDiag, centre);
    await run(el, [2, 0, 3, 2]);
    await click(el, 'Recommencer');
    await run(el, [0, 0, null, null]);
    await click(el, 'Recommencer');
    await openPanel(el);
    expect(focused(el)).toBe(q(el, '#staff-heading'));
    expect(text(el, '[part="staff"]')).toContain('2 autodiagnostics terminés sur cet appareil.');
    const rows = qa(el, '[part="staff"] tbody tr').map((tr) =>
      [...tr.children].map((c) => norm(c.textContent)),
    );
    expect(rows).toEqual([
      ['Les e-mails', 'Je découvre', '2'],
      ['Les e-mails', 'Je me débrouille', '0'],
      ['Les e-mails', 'Je suis à l’aise', '0'],
      ['Les e-mails', 'Pas encore évalué', '0'],
      ['La sécurité', 'Je découvre', '0'],
      ['La sécurité', 'Je me débrouille', '0'],
      ['La sécurité', 'Je suis à l’aise', '1'],
      ['La sécurité', 'Pas encore évalué', '1'],
    ]);
    expect(await axeViolations(el)).toEqual([]);
    await click(el, 'Télécharger le tableau (CSV)');
    expect(files[0]!.name).toBe('petit-bilan-compteurs.csv');
    // UTF-8 with a byte-order mark, so that Excel reads the accents
    const bytes = new Uint8Array(await files[0]!.blob.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(await files[0]!.text).toBe(
      [
        'Domaine,Niveau,Personnes',
        'Les e-mails,Je découvre,2',
        'Les e-mails,Je me débrouille,0',
        'Les e-mails,Je suis à l’aise,0',
        'Les e-mails,Pas encore évalué,0',
        'La sécurité,Je découvre,0',
        'La sécurité,Je me débrouille,0',
        'La sécurité,Je suis à l’aise,1',
        'La sécurité,Pas encore évalué,1',
        '',
      ].join('\r\n'),
    );
    // French Excel: semicolons
    q<HTMLInputElement>(el, '[part="staff"] input[type="radio"]:not(:checked)')!.click();
    await settle(el);
    await click(el, 'Télécharger le tableau (CSV)');
    expect((await files[1]!.text).split('\r\n')[1]).toBe('Les e-mails;Je découvre;2');
  });

  it('the CSV writes a label or a kept level that looks like a formula as text (apostrophe first); counts stay numbers', async () => {
    const files = downloads();
    const diag = clone(tinyDiag);
    diag.areas[0]!.label = '=HYPERLINK("http://x.test";"Cliquez")';
    diag.levels[0]!.label = '@SUM(1+1)';
    const first = await mount('qd-autodiag', diag, centre);
    await run(first, [0, 0, 3, 3]);
    cleanup();
    // The counts of this device also hold a level that an older version of the content had.
    const env = stored() as { data: { counts: Record<string, Record<string, number>> } };
    env.data.counts['courriel']!["+cmd|' /C calc'!A0"] = 2;
    localStorage.setItem(KEY, JSON.stringify(env));
    const el = await mount('qd-autodiag', diag, centre);
    await openPanel(el);
    await click(el, 'Télécharger le tableau (CSV)');
    const bytes = new Uint8Array(await files[0]!.blob.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const csv = await files[0]!.text;
    expect(csv).toContain('"\'=HYPERLINK(""http://x.test"";""Cliquez"")",\'@SUM(1+1),1\r\n');
    const area = `'=HYPERLINK("http://x.test";"Cliquez")`;
    expect(parseCsv(csv, ',').slice(0, 7)).toEqual([
      ['Domaine', 'Niveau', 'Personnes'],
      [area, "'@SUM(1+1)", '1'],
      [area, 'Je me débrouille', '0'],
      [area, 'Je suis à l’aise', '0'],
      [area, 'Pas encore évalué', '0'],
      [area, "'+cmd|' /C calc'!A0", '2'],
      ['La sécurité', "'@SUM(1+1)", '0'],
    ]);
  });

  it('"Remettre les compteurs à zéro" asks first, then empties them; "Fermer" goes back to the first screen', async () => {
    const el = await mount('qd-autodiag', tinyDiag, centre);
    await run(el, [2, 0, 3, 2]);
    await click(el, 'Recommencer');
    await openPanel(el);
    await click(el, 'Remettre les compteurs à zéro');
    expect(focused(el)).toBe(q(el, '#confirm-empty'));
    expect(localStorage.getItem(KEY)).not.toBeNull();
    await click(el, 'Oui, remettre à zéro');
    expect(localStorage.getItem(KEY)).toBeNull();
    expect(text(el, '[part="notice"]')).toBe('Les compteurs de cet appareil ont été remis à zéro.');
    expect(text(el, '[part="staff"]')).toContain('0 autodiagnostic terminé');
    await click(el, "Fermer l'espace équipe");
    expect(q(el, '[part="intro"]')).not.toBeNull();
  });
});
