/**
 * The centre's anonymous counts (`storage="local"` + `staff-pin`) and the staff panel: what is
 * kept (area × level, nothing else), what a resident's erase leaves, the PIN, the CSV.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { eraseAllKitData } from '@quartiers-douai/core';
import { clone, tinyDiag } from '../fixtures.js';
import { UNDATED } from '../aggregate.js';
import { staffMessages } from '../staff.lazy.js';
import {
  axeViolations,
  button,
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
import '../define.js';

const KEY = 'qd:autodiag-counts:petit-bilan';
const centre = { storage: 'local', 'staff-pin': '2468' };

async function run(el: HTMLElement, answers: Array<number | null>) {
  await click(el, 'Commencer');
  for (const a of answers) {
    if (a === null) await click(el, 'Passer');
    else {
      qa<HTMLButtonElement>(el, '[part="answers"] button')[a]!.click();
      await settle(el);
    }
  }
}
const stored = () => JSON.parse(localStorage.getItem(KEY) ?? 'null') as Record<string, unknown>;

const downloads = () => captureDownloads().files;

async function openPanel(el: HTMLElement, pin = '2468') {
  await click(el, 'Espace équipe');
  expect(focused(el)).toBe(q(el, '#pin'));
  await userEvent.keyboard(pin);
  await userEvent.keyboard('{Enter}');
  await settle(el);
}

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
  localStorage.clear();
  sessionStorage.clear();
});

describe('qd-autodiag · storage: the centre’s anonymous counts', () => {
  it('by default, and with storage="local" alone (no staff code), nothing is kept', async () => {
    for (const attrs of [{}, { storage: 'local' }] as Array<Record<string, string>>) {
      const el = await mount('qd-autodiag', tinyDiag, attrs);
      await run(el, [2, 0, 3, 2]);
      expect(Object.keys(localStorage)).toEqual([]);
      expect(Object.keys(sessionStorage)).toEqual([]);
      expect(() => button(el, 'Espace équipe')).toThrow();
    }
  });

  it('a staff code without storage="local" (counts that would go nowhere): the author is told what to add', async () => {
    for (const storage of ['none', 'session']) {
      const el = await mount('qd-autodiag', tinyDiag, { storage, 'staff-pin': '1' });
      for (let i = 0; i < 30 && !el.shadowRoot!.querySelector('[role="alert"] h2'); i++)
        await el.updateComplete;
      const panel = el.shadowRoot!.querySelector('[role="alert"]')!;
      expect(panel.querySelector('h2')!.textContent).toBe(
        'Réglage manquant : où garder les comptes anonymes du centre (staff-pin) ?',
      );
      expect([...panel.querySelectorAll('li code')].map((c) => c.textContent)).toEqual([
        'storage="local"',
        'sans staff-pin',
      ]);
      expect(el.shadowRoot!.querySelector('[part="intro"]')).toBeNull();
      expect(Object.keys(localStorage)).toEqual([]);
      expect(Object.keys(sessionStorage)).toEqual([]);
    }
  });

  it('a centre tablet says so on the first screen, then counts area × level only: no answer, no statement, no time', async () => {
    const el = await mount('qd-autodiag', tinyDiag, centre);
    expect(text(el, '[part="intro"]')).toContain(
      'cet appareil compte combien de personnes ont chaque niveau',
    );
    await run(el, [2, 0, 3, 2]);
    const env = stored();
    expect(Object.keys(env).sort()).toEqual(['data', 'kit', 'owner', 'savedAt', 'type', 'version']);
    expect(env).toEqual({
      kit: 'quartiers-douai',
      type: 'autodiag-counts',
      version: 1,
      savedAt: UNDATED,
      owner: 'centre',
      data: { counts: { courriel: { debut: 1 }, securite: { fort: 1 } } },
    });
    const raw = localStorage.getItem(KEY)!;
    for (const id of ['lire', 'photo', 'arnaque', 'code', 'Je sais']) expect(raw).not.toContain(id);
    expect(Object.keys(localStorage)).toEqual([KEY]);
  });

  it('each completed diagnostic adds one; changing answers before leaving is not counted twice', async () => {
    const el = await mount('qd-autodiag', tinyDiag, centre);
    await run(el, [2, 0, 3, 2]);
    await click(el, 'Revenir aux phrases');
    qa<HTMLButtonElement>(el, '[part="answers"] button')[0]!.click(); // code: Je ne sais pas
    await settle(el);
    expect(stored()['data']).toEqual({
      counts: { courriel: { debut: 1 }, securite: { moyen: 1 } },
    });
    await click(el, 'Recommencer');
    await run(el, [3, 3, null, null]);
    expect(stored()['data']).toEqual({
      counts: { courriel: { debut: 1, fort: 1 }, securite: { moyen: 1, '-': 1 } },
    });
  });

  it('the stored counts do not tell in which order people came: areas and levels are sorted', async () => {
    const a = await mount('qd-autodiag', tinyDiag, centre);
    await run(a, [3, 3, null, null]);
    await click(a, 'Recommencer');
    await run(a, [0, 0, 3, 3]);
    const oneWay = localStorage.getItem(KEY);
    cleanup();
    localStorage.clear();
    const b = await mount('qd-autodiag', tinyDiag, centre);
    await run(b, [0, 0, 3, 3]);
    await click(b, 'Recommencer');
    await run(b, [3, 3, null, null]);
    expect(localStorage.getItem(KEY)).toBe(oneWay);
    expect(oneWay).toContain('"courriel":{"debut":1,"fort":1},"securite":{"-":1,"fort":1}');
  });

  it('going back from the results through every statement and ending again still counts one person', async () => {
    const el = await mount('qd-autodiag', tinyDiag, centre);
    await run(el, [2, 0, 3, 2]);
    await click(el, 'Revenir aux phrases');
    for (let i = 0; i < 4; i++) await click(el, 'Retour');
    expect(q(el, '[part="intro"]')).not.toBeNull();
    await run(el, [3, 3, 3, 3]);
    expect(stored()['data']).toEqual({ counts: { courriel: { fort: 1 }, securite: { fort: 1 } } });
  });

  it('a resident’s "Effacer mes données" (in any prototype of the device) leaves the centre’s counts', async () => {
    const el = await mount('qd-autodiag', tinyDiag, centre);
    await run(el, [2, 0, 3, 2]);
    localStorage.setItem('qd:cv-draft:moi', '{"kit":"quartiers-douai"}');
    eraseAllKitData();
    expect(Object.keys(localStorage)).toEqual([KEY]);
  });
});

describe('qd-autodiag · staff panel (PIN)', () => {
  it('its texts exist in English and Arabic (no French left in an Arabic panel)', () => {
    const keys = Object.keys(staffMessages.fr).sort();
    expect(Object.keys(staffMessages.en!).sort()).toEqual(keys);
    expect(Object.keys(staffMessages.ar!).sort()).toEqual(keys);
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
