/**
 * <qd-cv-builder> and the device: the draft (saved, resumed, set aside when damaged, a full
 * device), drafts saved in the format of earlier versions, « Effacer mes données », the JSON Resume
 * file (export, import), and the shared computer.
 */
import { describe, it, expect, vi } from 'vitest';
import '../define.js';
import { officialShapeResume, samples } from '../fixtures.js';
import { JSON_RESUME_KEYS } from '../json-resume.js';
import {
  button,
  captureDownloads,
  click,
  field,
  fill,
  focused,
  pickFile,
  q,
  settle,
  textOf as text,
} from '@quartiers-douai/kit-scripts/testing';
import { KEY, builder, notice, saved } from '../test/builder.js';

describe('qd-cv-builder · drafts saved by earlier versions', () => {
  // A draft exactly as the builder has saved it since its first version (key and envelope).
  const savedDraft = JSON.stringify({
    kit: 'quartiers-douai',
    type: 'cv-draft',
    version: 1,
    savedAt: '2026-11-20T09:30:00.000Z',
    data: {
      basics: { name: 'Samira Benali', phone: '06 12 34 56 78', location: { city: 'Douai' } },
      work: [{ position: 'Caissière', name: 'Épicerie solidaire', startDate: '2021-09' }],
      meta: { 'x-qd': { template: 'moderne' } },
    },
  });

  it('a draft kept on this device is read as it is, and saved back under the same key and format', async () => {
    localStorage.setItem(KEY, savedDraft);
    const el = await builder();
    expect(notice(el)).toBe('Votre CV enregistré sur cet appareil a été repris.');
    expect(field(el, 'Prénom et nom').value).toBe('Samira Benali');
    expect(el.value.work).toEqual([
      { position: 'Caissière', name: 'Épicerie solidaire', startDate: '2021-09' },
    ]);
    expect(text(q(el, '[part="save-status"]'))).toBe('Enregistré sur cet appareil');
    await fill(el, field(el, 'Ville'), 'Sin-le-Noble');
    expect(Object.keys(localStorage)).toEqual([KEY]);
    const again = JSON.parse(localStorage.getItem(KEY)!);
    expect(again).toMatchObject({ kit: 'quartiers-douai', type: 'cv-draft', version: 1 });
    expect(again.data.basics.location.city).toBe('Sin-le-Noble');
    expect(again.data.meta['x-qd'].template).toBe('moderne');
  });

  it('on a shared computer, the draft of this tab is read from the tab, never from the device', async () => {
    sessionStorage.setItem(KEY, savedDraft);
    localStorage.setItem(KEY, savedDraft.replace('Samira Benali', 'Quelqu’un d’autre'));
    const el = await builder(undefined, { 'public-computer': '' });
    expect(field(el, 'Prénom et nom').value).toBe('Samira Benali');
  });

  it('a builder with an id keeps its own draft (qd:cv-draft:<id>)', async () => {
    localStorage.setItem('qd:cv-draft:atelier-2', savedDraft);
    const el = await builder(undefined, { id: 'atelier-2' });
    expect(field(el, 'Prénom et nom').value).toBe('Samira Benali');
    const other = await builder();
    expect(field(other, 'Prénom et nom').value).toBe('');
  });
});

describe('qd-cv-builder · storage', () => {
  it('corrupt saved data is set aside (quarantine), reported, and can be downloaded', async () => {
    localStorage.setItem(
      KEY,
      '{"kit":"quartiers-douai","type":"cv-draft","version":1,"data":{"work":"pas une liste"}}',
    );
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const el = await builder();
    warn.mockRestore();
    expect(notice(el)).toMatch(
      /^Un CV enregistré sur cet appareil était abîmé\. Il a été mis de côté/,
    );
    const keys = Object.keys(localStorage);
    expect(keys.some((k) => k.startsWith('qd:quarantine:cv-draft:brouillon:'))).toBe(true);
    expect(keys).not.toContain(KEY);
    const downloads = captureDownloads();
    await click(el, 'Télécharger le CV abîmé');
    downloads.restore();
    expect(downloads.files[0]!.name).toBe('cv-abime.json');
    expect(await downloads.files[0]!.text).toContain('pas une liste');
  });

  it('a full device that cannot set the damaged CV aside: said as it is, the CV stays in place, downloadable, and typing never writes over it', async () => {
    const damaged =
      '{"kit":"quartiers-douai","type":"cv-draft","version":1,"data":{"work":"pas une liste"}}';
    localStorage.setItem(KEY, damaged);
    const setItem = Storage.prototype.setItem;
    const full = vi.spyOn(Storage.prototype, 'setItem').mockImplementation(function (
      this: Storage,
      k: string,
      v: string,
    ) {
      if (k.startsWith('qd:quarantine:')) throw new DOMException('plein', 'QuotaExceededError');
      setItem.call(this, k, v);
    });
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const el = await builder();
    warn.mockRestore();
    full.mockRestore(); // from now on, only the store keeps the damaged CV from being written over
    expect(notice(el)).toMatch(
      /^Un CV enregistré sur cet appareil est abîmé, et l’appareil n’a plus de place pour le mettre de côté : il reste à sa place/,
    );
    expect(notice(el)).not.toContain('a été mis de côté');
    expect(Object.keys(localStorage).filter((k) => k.startsWith('qd:quarantine:'))).toEqual([]);

    const downloads = captureDownloads();
    await click(el, 'Télécharger le CV abîmé');
    downloads.restore();
    expect(downloads.files.map((f) => f.name)).toEqual(['cv-abime.json']);
    expect(await downloads.files[0]!.text).toBe(damaged);

    await fill(el, field(el, 'Prénom et nom'), 'Samira Benali');
    await click(el, 'Effacer mes données');
    expect(localStorage.getItem(KEY)).toBe(damaged);
    await fill(el, field(el, 'Prénom et nom'), 'Samira Benali');
    expect(localStorage.getItem(KEY)).toBe(damaged);
    expect(text(q(el, '[part="save-status"]'))).toBe(
      'Pas enregistré : l’appareil n’a plus de place',
    );

    // named and discarded on purpose: then the CV is saved again
    await click(el, 'Effacer le CV abîmé');
    expect(notice(el)).toBe('Le CV abîmé a été effacé de cet appareil.');
    expect(saved()?.data.basics?.name).toBe('Samira Benali');
  });

  it('the CV set aside survives "Effacer mes données"; only "Effacer le CV abîmé" removes it, after its download was offered', async () => {
    const damaged =
      '{"kit":"quartiers-douai","type":"cv-draft","version":1,"data":{"work":"pas une liste"}}';
    localStorage.setItem(KEY, damaged);
    const otherCopy = 'qd:quarantine:quiz-progress:autre:1';
    localStorage.setItem(otherCopy, '{pas un CV');
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const el = await builder();
    warn.mockRestore();
    const copies = () =>
      Object.keys(localStorage).filter((k) => k.startsWith('qd:quarantine:cv-draft:'));
    const [copy] = copies();
    await fill(el, field(el, 'Prénom et nom'), 'Samira Benali');
    await click(el, 'Effacer mes données');
    expect(localStorage.getItem(copy!)).toBe(damaged);
    expect(notice(el)).toBe('Vos données ont été effacées de cet appareil.');
    // still named, still offered
    const downloads = captureDownloads();
    await click(el, 'Télécharger le CV abîmé');
    downloads.restore();
    expect(await downloads.files[0]!.text).toBe(damaged);
    await click(el, 'Effacer le CV abîmé');
    expect(copies()).toEqual([]);
    expect(localStorage.getItem(otherCopy)).toBe('{pas un CV');
    expect(notice(el)).toBe('Le CV abîmé a été effacé de cet appareil.');
    expect(() => button(el, 'Télécharger le CV abîmé')).toThrow();
    expect(() => button(el, 'Effacer le CV abîmé')).toThrow();
  });

  it('a full device is reported, the status says "Pas enregistré", and the export still works', async () => {
    const el = await builder(samples.benevolat);
    const setItem = vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('plein', 'QuotaExceededError');
    });
    await fill(el, field(el, 'Ville'), 'Waziers');
    setItem.mockRestore();
    expect(notice(el)).toBe(
      "L'appareil n'a plus de place : votre CV n'est pas enregistré. Exportez-le dans un fichier pour ne pas le perdre.",
    );
    expect(text(q(el, '[part="save-status"]'))).toBe(
      'Pas enregistré : l’appareil n’a plus de place',
    );
    const downloads = captureDownloads();
    await click(el, 'Exporter mon CV (fichier)');
    downloads.restore();
    expect(downloads.files[0]!.name).toBe('cv-samira-benali.json');
    expect(JSON.parse(await downloads.files[0]!.text).basics.location.city).toBe('Waziers');
  });

  it('"Effacer mes données" removes everything at once, with "Annuler l’effacement" just after', async () => {
    const el = await builder();
    await fill(el, field(el, 'Prénom et nom'), 'Samira Benali');
    localStorage.setItem('qd:quiz-progress:autre', '{}');
    await click(el, 'Effacer mes données');
    expect(Object.keys(localStorage).filter((k) => k.startsWith('qd:'))).toEqual([]);
    expect(field(el, 'Prénom et nom').value).toBe('');
    expect(notice(el)).toBe('Vos données ont été effacées de cet appareil.');
    expect(focused(el)!.id).toBe('undo-erase');
    await click(el, 'Annuler l’effacement');
    expect(field(el, 'Prénom et nom').value).toBe('Samira Benali');
    expect(saved()!.data.basics!.name).toBe('Samira Benali');
    expect(notice(el)).toBe('Votre CV est revenu. Il est de nouveau enregistré sur cet appareil.');
    // the undo is gone as soon as the person does something else
    await click(el, 'Effacer mes données');
    await fill(el, field(el, 'Ville'), 'Douai');
    expect(() => button(el, 'Annuler l’effacement')).toThrow();
  });

  it('on a shared computer, "Effacer mes données" asks first and cannot be undone', async () => {
    const el = await builder(undefined, { 'public-computer': '' });
    await fill(el, field(el, 'Prénom et nom'), 'Samira Benali');
    await click(el, 'Effacer mes données');
    expect(focused(el)!.id).toBe('confirm-text');
    expect(text(q(el, '#confirm-text'))).toContain('Effacer votre CV de cet appareil ?');
    await click(el, 'Annuler');
    expect(sessionStorage.getItem(KEY)).toContain('Samira');
    await click(el, 'Effacer mes données');
    await click(el, 'Oui, effacer');
    expect(sessionStorage.getItem(KEY)).toBeNull();
    expect(() => button(el, 'Annuler l’effacement')).toThrow();
  });
});

describe('qd-cv-builder · import and export (JSON Resume)', () => {
  it('export gives a JSON Resume document; importing it back gives the same CV', async () => {
    const el = await builder(samples.reconversion);
    const downloads = captureDownloads();
    await click(el, 'Exporter mon CV (fichier)');
    downloads.restore();
    expect(notice(el)).toBe(
      'Votre CV a été exporté dans le fichier cv-karim-haddad.json (dossier Téléchargements).',
    );
    const doc = JSON.parse(await downloads.files[0]!.text);
    expect(Object.keys(doc).every((k) => (JSON_RESUME_KEYS as readonly string[]).includes(k))).toBe(
      true,
    );
    expect(doc.$schema).toMatch(/jsonresume\/resume-schema\/v1\.0\.0/);
    const other = await builder(undefined, { storage: 'none' });
    await pickFile(
      other,
      q<HTMLInputElement>(other, '[part="data-tools"] input[type="file"]')!,
      new File([JSON.stringify(doc)], 'cv.json', { type: 'application/json' }),
    );
    expect(notice(other)).toBe('Le CV a été importé.');
    const { meta: _a, $schema: _b, ...mine } = el.value;
    const { meta: _c, $schema: _d, ...theirs } = other.value;
    expect(theirs).toEqual(mine);
  });

  it('an official JSON Resume keeps every field and says what is not shown', async () => {
    const el = await builder(undefined, { storage: 'none' });
    expect(el.importText(JSON.stringify(officialShapeResume()))).toBe(true);
    await settle(el);
    expect(notice(el)).toBe(
      'Le CV a été importé. Ces informations du fichier sont gardées mais pas affichées : awards, publications.',
    );
    expect(field(el, 'Prénom et nom').value).toBe('Nadia Lefebvre');
    expect(el.toJsonResume()['awards']).toEqual(officialShapeResume()['awards']);
  });

  it('invalid JSON, a non-CV file, or a huge file: a French message, the draft untouched', async () => {
    const el = await builder(samples.benevolat);
    const before = JSON.stringify(el.value);
    const input = () => q<HTMLInputElement>(el, '[part="data-tools"] input[type="file"]')!;
    await pickFile(el, input(), new File(['{ "basics": '], 'cv.json'));
    // The file is read asynchronously: wait for the message rather than for a fixed time.
    await expect
      .poll(() => notice(el))
      .toMatch(
        /^Ce fichier n'a pas pu être importé : le fichier n'est pas un JSON valide \(ligne 1, colonne 13\).*Votre CV n'a pas été modifié\.$/,
      );
    await pickFile(
      el,
      input(),
      new File([JSON.stringify({ version: 1, title: 'Quiz', questions: [] })], 'quiz.json'),
    );
    await expect.poll(() => notice(el)).toContain('ce fichier ne ressemble pas à un CV');
    await pickFile(
      el,
      input(),
      new File([JSON.stringify({ basics: { name: 'x'.repeat(1_200_000) } })], 'gros.json'),
    );
    await expect
      .poll(() => notice(el))
      .toBe(
        "Ce fichier n'a pas pu être importé : ce fichier est trop lourd (1,2 Mo) pour être un CV (1 Mo au plus). Votre CV n'a pas été modifié.",
      );
    expect(q(el, '[part="notice"]')!.className).toContain('qd-notice--error');
    expect(JSON.stringify(el.value)).toBe(before);
    expect(JSON.stringify(saved()?.data ?? el.value)).toBe(before);
  });
});

describe('qd-cv-builder · shared computer (public-computer)', () => {
  it('keeps the draft only in this tab, warns on leaving, and "Terminer" wipes it', async () => {
    const el = await builder(undefined, { 'public-computer': '' });
    expect(text(q(el, '.qd-cv__privacy'))).toMatch(/^Ordinateur partagé/);
    await fill(el, field(el, 'Prénom et nom'), 'Samira Benali');
    expect(Object.keys(localStorage)).toEqual([]);
    expect(sessionStorage.getItem(KEY)).toContain('Samira Benali');
    const leave = new Event('beforeunload', { cancelable: true });
    window.dispatchEvent(leave);
    expect(leave.defaultPrevented).toBe(true);
    await click(el, 'Terminer et tout effacer');
    expect(text(q(el, '#confirm-text'))).toContain('Avez-vous enregistré votre CV');
    await click(el, 'Oui, terminer et effacer');
    expect(sessionStorage.getItem(KEY)).toBeNull();
    expect(field(el, 'Prénom et nom').value).toBe('');
    expect(notice(el)).toBe(
      'C’est terminé : votre CV a été effacé de cet ordinateur. La personne suivante peut commencer.',
    );
    const again = new Event('beforeunload', { cancelable: true });
    window.dispatchEvent(again);
    expect(again.defaultPrevented).toBe(false);
  });

  it('wipes after inactivity (10 minutes by default), after a warning one can answer', async () => {
    vi.useFakeTimers();
    try {
      const el = await builder(undefined, { 'public-computer': '' });
      await fill(el, field(el, 'Prénom et nom'), 'Samira Benali');
      vi.advanceTimersByTime(1000);
      expect(sessionStorage.getItem(KEY)).toContain('Samira');
      vi.advanceTimersByTime(570_000);
      await settle(el);
      expect(text(q(el, '[part="kiosk"]'))).toContain('Personne n');
      vi.advanceTimersByTime(31_000);
      await settle(el);
      expect(sessionStorage.getItem(KEY)).toBeNull();
      expect(field(el, 'Prénom et nom').value).toBe('');
      expect(notice(el)).toBe("L'écran a été remis à zéro pour la personne suivante.");
    } finally {
      vi.useRealTimers();
    }
  });
});
