import { describe, it, expect, vi, beforeEach } from 'vitest';
import { commands, page } from 'vitest/browser';
import '../define.js';
import type { QdCvBuilder } from './cv-builder.js';
import { STEPS } from './form-model.js';
import { arabicCv, clone, officialShapeResume, samples } from '../fixtures.js';
import { PHOTO_MAX_BYTES, dataUrlBytes } from '../photo.js';
import {
  axeViolations,
  button,
  captureDownloads,
  click,
  field,
  fill,
  focused,
  mount,
  pickFile,
  q,
  qa,
  root,
  settle,
  textOf as text,
} from '@quartiers-douai/kit-scripts/testing';
import { sheet } from '../test/sheet.js';

import { KEY, builder, goTo, heading, notice, press, saved } from '../test/builder.js';

describe('qd-cv-builder · defaults', () => {
  it('starts empty on "Identité", step 1 of 8, with the 8 steps listed', async () => {
    const el = await builder();
    expect(heading(el)).toBe('Étape 1 sur 8 Identité');
    const steps = qa(el, '[part="steps"] button').map((b) => text(b));
    expect(steps).toEqual([
      '1 Identité',
      '2 Objectif',
      '3 Expériences',
      '4 Formations',
      '5 Compétences',
      '6 Langues',
      "7 Centres d'intérêt",
      '8 Aperçu',
    ]);
    expect(q(el, '[part="steps"] [aria-current="step"]')!.textContent).toContain('Identité');
    expect(field(el, 'Prénom et nom').value).toBe('');
    expect(text(root(el))).not.toContain('Aucun contenu');
  });

  it('says clearly that the CV stays on the device and is saved automatically', async () => {
    const el = await builder();
    expect(text(q(el, '.qd-cv__privacy'))).toMatch(
      /^Votre CV reste sur cet appareil : rien n’est envoyé sur internet\. Il est enregistré automatiquement/,
    );
  });

  it('autosaves on this device by default, and says "Enregistré"', async () => {
    const el = await builder();
    expect(el.storage).toBe('local');
    await fill(el, field(el, 'Prénom et nom'), 'Samira Benali');
    expect(saved()).toMatchObject({
      kit: 'quartiers-douai',
      type: 'cv-draft',
      version: 1,
      data: { basics: { name: 'Samira Benali' } },
    });
    expect(text(q(el, '[part="save-status"]'))).toBe('Enregistré sur cet appareil');
    expect(q(el, '[part="save-status"]')!.getAttribute('role')).toBe('status');
  });
});

describe('qd-cv-builder · attributes and content', () => {
  it('a starting CV (content) fills the form', async () => {
    const el = await builder(samples.benevolat);
    expect(field(el, 'Prénom et nom').value).toBe('Samira Benali');
    expect(field(el, 'Téléphone').value).toBe('06 12 34 56 78');
    expect(field(el, 'Ville').value).toBe('Douai');
  });

  it('property, src and inline JSON give the same starting CV', async () => {
    const url = URL.createObjectURL(
      new Blob([JSON.stringify(samples.stages)], { type: 'application/json' }),
    );
    const viaSrc = await builder(undefined, { src: url, storage: 'none' });
    await vi.waitFor(() => expect(viaSrc.contentStatus).toBe('ready'));
    await settle(viaSrc);
    const viaInline = await mount<QdCvBuilder>(
      'qd-cv-builder',
      undefined,
      { storage: 'none' },
      (el) => {
        const s = document.createElement('script');
        s.type = 'application/json';
        s.textContent = JSON.stringify(samples.stages);
        el.append(s);
      },
    );
    expect(field(viaSrc, 'Prénom et nom').value).toBe('Léa Dupont');
    expect(field(viaInline, 'Prénom et nom').value).toBe('Léa Dupont');
  });

  it('step="preview" opens on the preview; storage="none" keeps nothing and says so', async () => {
    const el = await builder(samples.benevolat, { step: 'preview', storage: 'none' });
    expect(heading(el)).toBe('Étape 8 sur 8 Aperçu');
    await fill(el, q<HTMLSelectElement>(el, '#cv-lang')!, 'en');
    expect(Object.keys(localStorage)).toEqual([]);
    expect(text(q(el, '[part="save-status"]'))).toBe('Non enregistré (rien n’est gardé)');
    expect(text(q(el, '.qd-cv__privacy'))).toContain('Il n’est pas enregistré');
  });

  it('an invalid starting CV shows the French error panel with the path', async () => {
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    const bad = clone(samples.benevolat) as any;
    bad.work[1].endDate = 'janvier 2022';
    const el = await builder(bad);
    errors.mockRestore();
    expect(text(q(el, '[role="alert"]'))).toContain('work[1].endDate : date invalide');
    expect(q(el, 'form')).toBeNull();
  });
});

describe('qd-cv-builder · steps, fields and errors', () => {
  it('identity: labelled fields with autocomplete tokens', async () => {
    const el = await builder();
    const tokens = Object.fromEntries(
      ['Prénom et nom', 'E-mail', 'Téléphone', 'Adresse (facultatif)', 'Code postal', 'Ville'].map(
        (l) => [l, field(el, l).getAttribute('autocomplete')],
      ),
    );
    expect(tokens).toEqual({
      'Prénom et nom': 'name',
      'E-mail': 'email',
      Téléphone: 'tel',
      'Adresse (facultatif)': 'street-address',
      'Code postal': 'postal-code',
      Ville: 'address-level2',
    });
    expect([field(el, 'E-mail').type, field(el, 'Téléphone').type]).toEqual(['email', 'tel']);
  });

  it('identity: name and one contact are required, explained, linked to the fields, focus on the first', async () => {
    const el = await builder();
    await click(el, 'Suivant : Objectif');
    await settle(el);
    expect(heading(el)).toContain('Identité');
    const name = field(el, 'Prénom et nom');
    expect(name.getAttribute('aria-invalid')).toBe('true');
    expect(text(q(el, `#${name.getAttribute('aria-describedby')}`))).toBe(
      'Écrivez votre prénom et votre nom : ils sont obligatoires sur un CV.',
    );
    expect(q(el, '#name-error')!.getAttribute('role')).toBe('alert');
    expect(focused(el)).toBe(name);
    const contact =
      'Indiquez au moins un moyen de vous joindre : un e-mail ou un numéro de téléphone.';
    expect(text(q(el, '#email-error'))).toBe(contact);
    expect(field(el, 'Téléphone').getAttribute('aria-describedby')).toBe('email-error');
    await fill(el, name, 'Samira Benali');
    await fill(el, field(el, 'Téléphone'), '06 12 34 56 78');
    expect(q(el, '[role="alert"]')).toBeNull();
    await click(el, 'Suivant : Objectif');
    expect(heading(el)).toBe('Étape 2 sur 8 Objectif');
  });

  it('identity: a malformed e-mail or phone is explained; nothing else is forced', async () => {
    const el = await builder();
    await fill(el, field(el, 'E-mail'), 'samira@');
    expect(text(q(el, '#email-error'))).toBe(
      'Cette adresse e-mail n’est pas complète : elle doit ressembler à prenom.nom@exemple.fr',
    );
    await fill(el, field(el, 'Téléphone'), '06 12');
    expect(text(q(el, '#phone-error'))).toContain('Ce numéro de téléphone semble incomplet');
    await fill(el, field(el, 'E-mail'), 'samira@exemple.fr');
    await fill(el, field(el, 'Téléphone'), '+33 6 12 34 56 78');
    await fill(el, field(el, 'Prénom et nom'), 'Samira Benali');
    expect(q(el, '[role="alert"]')).toBeNull();
    // every other step can be left empty
    for (const s of STEPS.slice(1, -1)) {
      await click(el, /^Suivant/);
      expect(heading(el), s).toContain(
        text(qa(el, '[part="steps"] button')[STEPS.indexOf(s)]).replace(/^\d /, ''),
      );
    }
  });

  it('objective: target job, presentation, availability, licences, vehicle, mobility', async () => {
    const el = await builder(undefined, { step: 'objective' });
    await fill(el, field(el, 'Poste recherché'), 'Agent d’entretien');
    await fill(
      el,
      field<HTMLTextAreaElement>(el, 'Présentez-vous en quelques phrases'),
      'Sérieux et ponctuel.',
    );
    await fill(el, field(el, 'Disponibilité'), 'Immédiate');
    const licence = (l: string) =>
      qa<HTMLLabelElement>(el, '.qd-cv__choices label')
        .find((x) => text(x) === l)!
        .querySelector('input')!;
    licence('C').click();
    licence('B').click();
    await settle(el);
    qa<HTMLLabelElement>(el, 'label')
      .find((x) => text(x) === 'J’ai un véhicule')!
      .querySelector('input')!
      .click();
    await fill(el, field(el, 'Mobilité'), 'Douai et 20 km');
    expect(saved()!.data.basics).toEqual({
      summary: 'Sérieux et ponctuel.',
      'x-qd': {
        targetJob: 'Agent d’entretien',
        availability: 'Immédiate',
        licences: ['B', 'C'],
        vehicle: true,
        mobility: 'Douai et 20 km',
      },
    });
    expect(text(sheet(el))).toContain('Permis : B, C — Véhiculé(e)');
  });

  it('experience: a job with month/year dates, "en cours", and tasks, shown in the preview', async () => {
    const el = await builder(undefined, { step: 'experience' });
    await click(el, 'Ajouter : Emploi 1');
    await fill(el, field(el, 'Poste'), 'Agent d’entretien');
    await fill(el, field(el, 'Employeur'), 'Net’Pro');
    await fill(el, field(el, 'Lieu'), 'Douai');
    await fill(el, field<HTMLSelectElement>(el, 'Mois'), '09');
    await fill(el, field(el, 'Année'), '2019');
    await fill(
      el,
      field<HTMLTextAreaElement>(el, 'Missions, une par ligne'),
      'Nettoyage des bureaux\n\n  Tri des déchets  ',
    );
    const current = qa<HTMLLabelElement>(el, 'label')
      .find((x) => text(x) === 'En cours (pas de date de fin)')!
      .querySelector('input')!;
    expect(current.checked).toBe(true);
    expect(saved()!.data.work).toEqual([
      {
        position: 'Agent d’entretien',
        name: 'Net’Pro',
        location: 'Douai',
        startDate: '2019-09',
        highlights: ['Nettoyage des bureaux', 'Tri des déchets'],
      },
    ]);
    expect(text(sheet(el)!.querySelector('.cv-entry'))).toContain("09/2019 – aujourd'hui · Douai");
    await fill(el, field(el, 'Année', 1), '2022');
    expect(current.checked).toBe(false);
    expect(text(sheet(el)!.querySelector('.cv-entry'))).toContain('09/2019 – 2022');
    current.click();
    await settle(el);
    expect(saved()!.data.work![0]!.endDate).toBeUndefined();
    expect(field(el, 'Année', 1).value).toBe('');
  });

  it('dates: a wrong year, a month without year, an end before the start are explained', async () => {
    const el = await builder({ work: [{ position: 'Vendeuse' }] }, { step: 'experience' });
    const year = field(el, 'Année');
    await fill(el, year, '19');
    expect(text(q(el, '#work-0-start-error'))).toBe(
      'Écrivez l’année en 4 chiffres, par exemple 2019.',
    );
    expect(year.getAttribute('aria-describedby')).toBe('work-0-start-error');
    expect(el.value.work![0]!.startDate).toBeUndefined();
    await fill(el, year, '');
    await fill(el, field<HTMLSelectElement>(el, 'Mois'), '03');
    expect(text(q(el, '#work-0-start-error'))).toBe(
      'Ajoutez l’année, ou remettez le mois sur « (sans mois) ».',
    );
    await fill(el, year, '2021');
    expect(q(el, '#work-0-start-error')).toBeNull();
    await fill(el, field(el, 'Année', 1), '2020');
    expect(text(q(el, '#work-0-end-error'))).toBe(
      'La fin est avant le début : vérifiez les deux dates.',
    );
    await click(el, /^Suivant/);
    expect(heading(el)).toContain('Expériences'); // the error holds the step
    expect(focused(el)).toBe(field(el, 'Année', 1));
    await fill(el, field(el, 'Année', 1), '2023');
    expect(q(el, '[role="alert"]')).toBeNull();
  });

  it('education, certificates, skills (levels), languages (CEFR), interests, qualities', async () => {
    const el = await builder(undefined, { step: 'education', storage: 'none' });
    await click(el, 'Ajouter : Formation 1');
    await fill(el, field(el, 'Diplôme ou formation'), 'Licence');
    await fill(el, field(el, 'École ou organisme, ville, pays'), 'Université d’Oran (Algérie)');
    await click(el, 'Ajouter : Certificat 1');
    await fill(el, field(el, 'Certificat ou habilitation'), 'Attestation de comparabilité');
    await fill(el, field(el, 'Année', 2), '2024');
    await goTo(el, 'skills');
    await click(el, 'Ajouter : Compétence 1');
    await fill(el, field(el, 'Compétence'), 'Comptabilité');
    const level = field<HTMLSelectElement>(el, 'Niveau');
    expect([...level.options].map((o) => o.text)).toEqual([
      '(choisir)',
      'débutant',
      'intermédiaire',
      'confirmé',
      'expert',
    ]);
    await fill(el, level, 'expert');
    await fill(
      el,
      field<HTMLTextAreaElement>(el, 'Vos qualités (savoir-être), une par ligne'),
      'Rigoureux\nDiscret',
    );
    await goTo(el, 'languages');
    await click(el, 'Ajouter : Langue 1');
    await fill(el, field(el, 'Langue'), 'Anglais');
    const fluency = field<HTMLSelectElement>(el, 'Niveau');
    expect([...fluency.options].map((o) => o.value)).toEqual([
      '',
      'native',
      'A1',
      'A2',
      'B1',
      'B2',
      'C1',
      'C2',
    ]);
    await fill(el, fluency, 'B1');
    await goTo(el, 'interests');
    await click(el, 'Ajouter : Centre d’intérêt 1');
    await fill(el, field(el, 'Centre d’intérêt'), 'Football');
    const cv = el.value;
    expect(cv.education).toEqual([
      { studyType: 'Licence', institution: 'Université d’Oran (Algérie)' },
    ]);
    expect(cv.certificates).toEqual([{ name: 'Attestation de comparabilité', date: '2024' }]);
    expect(cv.skills).toEqual([{ name: 'Comptabilité', level: 'expert' }]);
    expect(cv.basics!['x-qd']!.softSkills).toEqual(['Rigoureux', 'Discret']);
    expect(cv.languages).toEqual([{ language: 'Anglais', fluency: 'B1' }]);
    expect(cv.interests).toEqual([{ name: 'Football' }]);
    expect(text(sheet(el))).toContain('Anglais : B1 (intermédiaire)');
  });

  it('each step has plain-language help with an example, an easy-read variant, and "Écouter"', async () => {
    const speak = vi.fn();
    const el = await builder(undefined, { step: 'experience' });
    expect(text(q(el, '[part="help"] p'))).toContain('Ex. : Agent d’entretien, 2019-2022, Douai.');
    await click(el, 'Facile à lire');
    expect(button(el, 'Facile à lire').getAttribute('aria-pressed')).toBe('true');
    expect(text(q(el, '[part="help"] p'))).toBe(
      'Où avez-vous travaillé ? Ajoutez chaque travail. Le bénévolat compte aussi.',
    );
    if ('speechSynthesis' in window) {
      const s = vi.spyOn(window.speechSynthesis, 'speak').mockImplementation(speak);
      await click(el, 'Écouter');
      expect(speak.mock.calls[0]![0].text).toBe(
        'Où avez-vous travaillé ? Ajoutez chaque travail. Le bénévolat compte aussi.',
      );
      expect(speak.mock.calls[0]![0].lang).toBe('fr');
      s.mockRestore();
    }
  });

  it('preview step: template, colour and CV language change the live CV; a missing minimum is flagged', async () => {
    const el = await builder({ work: samples.benevolat.work }, { step: 'preview' });
    expect(text(q(el, '.qd-cv__warning'))).toContain(
      'Il manque encore votre nom ou un moyen de vous joindre',
    );
    const radio = (label: string) =>
      qa<HTMLLabelElement>(el, '.qd-cv__choices label')
        .find((l) => text(l).startsWith(label))!
        .querySelector('input')!;
    radio('Moderne').click();
    radio('Bordeaux').click();
    await settle(el);
    expect(sheet(el)!.className).toContain('cv--moderne');
    expect(sheet(el)!.style.getPropertyValue('--_accent').trim()).toBe('#8c1d40');
    await fill(el, q<HTMLSelectElement>(el, '#cv-lang')!, 'ar');
    expect(sheet(el)!.getAttribute('dir')).toBe('rtl');
    expect(el.value.meta).toEqual({
      'x-qd': { template: 'moderne', accent: '#8c1d40', lang: 'ar' },
    });
    await click(el, 'Compléter l’identité');
    expect(heading(el)).toContain('Identité');
  });
});

describe('qd-cv-builder · repeating entries by keyboard', () => {
  it('add, reorder and remove with undo, focus following each action', async () => {
    const el = await builder({ basics: { name: 'Karim' } }, { step: 'experience' });
    button(el, 'Ajouter : Emploi 1').focus();
    await press('{Enter}', el);
    expect(focused(el)!.id).toBe('work-0-position');
    await press('Comptable', el);
    field(el, 'Poste').dispatchEvent(new Event('change'));
    button(el, 'Ajouter : Emploi 2').focus();
    await press('{Enter}', el);
    expect(focused(el)!.id).toBe('work-1-position');
    await press('Chef d’équipe', el);
    // move "Chef d'équipe" up with the keyboard
    q<HTMLButtonElement>(el, '#work-1-up')!.focus();
    await press('{Enter}', el);
    expect(el.value.work!.map((w) => w.position)).toEqual(['Chef d’équipe', 'Comptable']);
    expect(notice(el)).toBe('« Chef d’équipe » déplacé en position 1 sur 2.');
    expect(focused(el)!.id).toBe('work-0-down'); // "Monter" is now disabled: focus on "Descendre"
    // remove, then undo
    const remove = qa<HTMLButtonElement>(el, '.qd-cv__entry-tools button').find(
      (b) => text(b) === 'Supprimer — Emploi 2 : Comptable',
    )!;
    remove.focus();
    await press('{Enter}', el);
    expect(el.value.work!.map((w) => w.position)).toEqual(['Chef d’équipe']);
    expect(text(q(el, '.qd-cv__undo'))).toBe(
      '« Emploi 2 : Comptable » supprimé. Annuler la suppression',
    );
    expect(q(el, '.qd-cv__undo')!.getAttribute('role')).toBe('status');
    expect(focused(el)!.id).toBe('undo-work');
    await press('{Enter}', el);
    expect(el.value.work!.map((w) => w.position)).toEqual(['Chef d’équipe', 'Comptable']);
    expect(focused(el)!.id).toBe('work-1-position');
    expect(saved()!.data.work!.map((w) => w.position)).toEqual(['Chef d’équipe', 'Comptable']);
  });
});

describe('qd-cv-builder · keyboard only, from empty to a printed CV, then back after closing', () => {
  it('fills the minimum, walks every step, prints, and finds the draft again', async () => {
    const print = vi
      .spyOn(window, 'print')
      .mockImplementation(() => window.dispatchEvent(new Event('beforeprint')));
    const el = await builder();
    field(el, 'Prénom et nom').focus();
    await press('Samira Benali', el);
    await press('{Tab}', el);
    expect(focused(el)).toBe(field(el, 'E-mail'));
    await press('{Tab}06 12 34 56 78{Enter}', el);
    for (const s of STEPS.slice(1)) {
      expect(focused(el)!.id, s).toBe('step-heading');
      expect(heading(el)).toContain(
        text(qa(el, '[part="steps"] button')[STEPS.indexOf(s)]).replace(/^\d /, ''),
      );
      if (s === 'preview') break;
      const next = qa<HTMLButtonElement>(el, 'button[type="submit"]')[0]!;
      next.focus();
      await press('{Enter}', el);
    }
    q<HTMLButtonElement>(el, '#print')!.focus();
    await press('{Enter}', el);
    expect(print).toHaveBeenCalledTimes(1);
    const printed = document.querySelector<HTMLElement & { updateComplete: Promise<boolean> }>(
      '#qd-cv-print-root qd-cv-preview',
    )!;
    await printed.updateComplete;
    expect(text(printed.shadowRoot!.querySelector('h2'))).toBe('Samira Benali');
    window.dispatchEvent(new Event('afterprint'));
    print.mockRestore();
    // close the tab, come back
    el.remove();
    const again = await builder();
    expect(field(again, 'Prénom et nom').value).toBe('Samira Benali');
    expect(field(again, 'Téléphone').value).toBe('06 12 34 56 78');
    expect(notice(again)).toBe('Votre CV enregistré sur cet appareil a été repris.');
  });
});

describe('qd-cv-builder · events', () => {
  it('change, qd-step, qd-export, qd-import and qd-erase, bubbling out of the shadow root', async () => {
    const log: string[] = [];
    const el = await builder(samples.benevolat);
    const on = (type: string) =>
      document.addEventListener(type, (e) =>
        log.push(
          `${type}${(e as CustomEvent).detail ? ` ${JSON.stringify((e as CustomEvent).detail)}` : ''}`,
        ),
      );
    ['change', 'qd-step', 'qd-export', 'qd-import', 'qd-erase'].forEach(on);
    const downloads = captureDownloads();
    await fill(el, field(el, 'Ville'), 'Sin-le-Noble');
    await click(el, /^Suivant/);
    await click(el, 'Exporter mon CV (fichier)');
    el.importText(JSON.stringify(officialShapeResume()));
    await settle(el);
    await click(el, 'Effacer mes données');
    downloads.restore();
    expect(log).toEqual([
      'change',
      'qd-step {"step":"objective","index":1}',
      'qd-export {"format":"json"}',
      'change',
      'qd-import {"ignored":["awards","publications"]}',
      'qd-erase {"reason":"erase"}',
    ]);
  });
});

describe('qd-cv-builder · photo', () => {
  it('a big photo is made smaller in the browser (≤ 200 KB, ≤ 480 px) and never leaves the device', async () => {
    const fetches = vi.spyOn(window, 'fetch');
    const canvas = document.createElement('canvas');
    [canvas.width, canvas.height] = [2400, 1800];
    const ctx = canvas.getContext('2d')!;
    const img = ctx.createImageData(2400, 1800);
    for (let i = 0; i < img.data.length; i++) img.data[i] = (i * 2654435761) % 251; // noise: hard to compress
    ctx.putImageData(img, 0, 0);
    const blob = await new Promise<Blob>((r) => canvas.toBlob((b) => r(b!), 'image/png'));
    expect(blob.size).toBeGreaterThan(PHOTO_MAX_BYTES * 3);
    const el = await builder({ basics: { name: 'Samira Benali' } });
    await pickFile(
      el,
      q<HTMLInputElement>(el, '.qd-cv__photo input[type="file"]')!,
      new File([blob], 'photo.png', { type: 'image/png' }),
    );
    await vi.waitFor(() => expect(el.value.basics?.['x-qd']?.photo).toBeDefined());
    await settle(el);
    const photo = el.value.basics!['x-qd']!.photo!;
    expect(photo.startsWith('data:image/jpeg;base64,')).toBe(true);
    expect(dataUrlBytes(photo)).toBeLessThanOrEqual(PHOTO_MAX_BYTES);
    const shown = q<HTMLImageElement>(el, '.qd-cv__photo img')!;
    await shown.decode();
    expect(Math.max(shown.naturalWidth, shown.naturalHeight)).toBeLessThanOrEqual(480);
    expect(shown.alt).toBe('Photo de Samira Benali');
    expect(notice(el)).toBe('Photo ajoutée.');
    expect(fetches).not.toHaveBeenCalled();
    fetches.mockRestore();
    await click(el, 'Retirer la photo');
    expect(el.value.basics?.['x-qd']?.photo).toBeUndefined();
  });

  it('a CV file whose photo is a web address is refused in French, and the browser calls no other site', async () => {
    const requested: string[] = [];
    const watch = new PerformanceObserver((list) =>
      requested.push(...list.getEntries().map((e) => e.name)),
    );
    watch.observe({ type: 'resource' });
    const fetches = vi.spyOn(window, 'fetch');
    const setAttribute = vi.spyOn(Element.prototype, 'setAttribute');
    const imageSrc = vi.spyOn(HTMLImageElement.prototype, 'src', 'set');
    const el = await builder({ basics: { name: 'Samira Benali' } });
    const tracked = {
      basics: { name: 'Intrus', 'x-qd': { photo: 'https://evil.example/track.png' } },
    };
    await pickFile(
      el,
      q<HTMLInputElement>(el, '[part="data-tools"] input[type="file"]')!,
      new File([JSON.stringify(tracked)], 'cv.json', { type: 'application/json' }),
    );
    expect(notice(el)).toBe(
      'Ce fichier n\'a pas pu être importé : basics.x-qd.photo : photo refusée : une photo se choisit sur cet appareil (elle est gardée comme image "data:image/jpeg;base64,…", ou png, webp), jamais à une adresse internet ni à un chemin : retirez "photo" du fichier, puis ajoutez la photo avec « Choisir une photo ». Votre CV n\'a pas été modifié.',
    );
    expect(field(el, 'Prénom et nom').value).toBe('Samira Benali');
    await goTo(el, 'preview');
    await new Promise((r) => setTimeout(r, 100));
    requested.push(...watch.takeRecords().map((e) => e.name));
    watch.disconnect();
    const toEvil = (v: unknown) => String(v).includes('evil.example');
    expect(requested.filter(toEvil)).toEqual([]);
    expect(fetches.mock.calls.filter(([url]) => toEvil(url))).toEqual([]);
    expect(setAttribute.mock.calls.filter(([, v]) => toEvil(v))).toEqual([]);
    expect(imageSrc.mock.calls.filter(([v]) => toEvil(v))).toEqual([]);
    expect(JSON.stringify(el.value)).not.toContain('evil.example');
    expect(localStorage.getItem(KEY) ?? '').not.toContain('evil.example');
    vi.restoreAllMocks();
  });

  it('a photo that is not an image from the device is never shown, whichever way it comes in', async () => {
    const setAttribute = vi.spyOn(Element.prototype, 'setAttribute');
    for (const photo of [
      'https://evil.example/track.png',
      '//evil.example/track.png',
      'images/photo.jpg',
      'data:image/svg+xml;base64,PHN2Zy8+',
      ' data:image/png;base64,AAAA',
    ]) {
      const el = await builder({ basics: { name: 'Samira', 'x-qd': { photo } } });
      expect(q(el, '.qd-cv__photo img')).toBeNull();
      el.remove();
    }
    const el = await builder({
      basics: { name: 'Samira', 'x-qd': { photo: 'data:image/webp;base64,UklGRg==' } },
    });
    expect(q<HTMLImageElement>(el, '.qd-cv__photo img')!.getAttribute('src')).toBe(
      'data:image/webp;base64,UklGRg==',
    );
    expect(setAttribute.mock.calls.filter(([, v]) => String(v).includes('evil.example'))).toEqual(
      [],
    );
    vi.restoreAllMocks();
  });

  it('a file that is not an image is refused with a message', async () => {
    const el = await builder();
    await pickFile(
      el,
      q<HTMLInputElement>(el, '.qd-cv__photo input[type="file"]')!,
      new File(['pas une image'], 'cv.pdf', { type: 'application/pdf' }),
    );
    await vi.waitFor(() =>
      expect(notice(el)).toBe(
        'Cette image n’a pas pu être lue : choisissez une photo JPEG ou PNG.',
      ),
    );
  });
});

describe('qd-cv-builder · print', () => {
  beforeEach(() => vi.spyOn(window, 'print').mockImplementation(() => {}));

  it('Ctrl+P or the button prints only the CV: the page and the form are hidden in print', async () => {
    const el = await builder(samples.benevolat, { step: 'preview' });
    window.dispatchEvent(new Event('beforeprint'));
    const printRoot = document.getElementById('qd-cv-print-root')!;
    expect(printRoot.parentElement).toBe(document.body);
    const rules = document.adoptedStyleSheets
      .flatMap((s) => [...s.cssRules].map((r) => r.cssText))
      .join('\n');
    expect(rules).toMatch(/size: a4/i);
    expect(rules).toMatch(/body > :not\(#qd-cv-print-root\)\s*\{\s*display: none !important;/);
    expect(getComputedStyle(printRoot).display).toBe('none'); // hidden on screen
    expect(getComputedStyle(el).display).toBe('block');
    window.dispatchEvent(new Event('afterprint'));
    expect(document.getElementById('qd-cv-print-root')).toBeNull();
  });

  it.each(['sobre', 'moderne', 'ats'])(
    'template %s: the PDF has the CV on A4 and no UI',
    async (template) => {
      const cv = clone(samples.benevolat);
      cv.meta!['x-qd']!.template = template as 'sobre';
      const r = await commands.printPdf({ kind: 'builder', cv, step: 'identity' });
      expect(r.hasPrintRoot).toBe(true);
      expect(r.pageCount).toBeLessThanOrEqual(2);
      expect(r.pages.map((p) => [p.width, p.height])).toEqual(r.pages.map(() => [595, 842]));
      const t = r.pages
        .map((p) => p.text)
        .join('\n')
        .replace(/\s+/g, ' '); // lines wrap differently per template
      expect(t).toContain('Samira Benali');
      expect(t).toContain('Épicerie solidaire du Faubourg de Béthune');
      for (const ui of [
        'Suivant',
        'Exporter mon CV',
        'Effacer mes données',
        'Étape 1 sur 8',
        'Prénom et nom',
        'Centre social — site WordPress',
      ])
        expect(t).not.toContain(ui);
    },
  );
});

describe('qd-cv-builder · accessibility', () => {
  it(
    'every step has no axe violation (WCAG 2.2 AA), with entries and with errors',
    { timeout: 90_000 },
    async () => {
      const el = await builder(samples.reconversion);
      for (const s of STEPS) {
        await goTo(el, s);
        expect(await axeViolations(el), s).toEqual([]);
      }
      const empty = await builder(undefined, { storage: 'none' });
      await click(empty, 'Suivant : Objectif');
      expect(await axeViolations(empty), 'errors').toEqual([]);
      const shared = await builder(samples.benevolat, { 'public-computer': '' });
      await click(shared, 'Effacer mes données');
      expect(await axeViolations(shared), 'confirm').toEqual([]);
      await click(el, 'Effacer mes données');
      expect(await axeViolations(el), 'erased, with undo').toEqual([]);
    },
  );

  it('reflows at 320 px without horizontal scrolling, targets at least 44 px', async () => {
    await page.viewport(320, 700);
    try {
      const el = await builder(samples.reconversion, { step: 'experience' });
      expect(document.documentElement.scrollWidth).toBeLessThanOrEqual(320);
      const small = qa(
        el,
        'button, input:not([type="checkbox"]):not([type="radio"]):not(.qd-visually-hidden), select, textarea, label.qd-cv__check',
      )
        .filter((x) => x.getClientRects().length > 0)
        .map(
          (x) =>
            [x.id || text(x).slice(0, 30), Math.round(x.getBoundingClientRect().height)] as const,
        )
        .filter(([, h]) => h < 44);
      expect(small).toEqual([]);
    } finally {
      await page.viewport(1280, 800);
    }
  });

  it('forced colours: the current step stays visible with system colours; print media hides the form', async () => {
    const el = await builder(samples.benevolat);
    const current = q(el, '[aria-current="step"]')!;
    expect(getComputedStyle(current).forcedColorAdjust).toBe('auto');
    await commands.emulateMedia({ forcedColors: 'active' });
    try {
      expect(getComputedStyle(current).forcedColorAdjust).toBe('none');
      expect(
        getComputedStyle(q(el, '.qd-cv__step-button:not([aria-current])')!).borderTopColor,
      ).not.toBe(getComputedStyle(current).backgroundColor);
    } finally {
      await commands.emulateMedia({ forcedColors: null });
    }
    await commands.emulateMedia({ media: 'print' });
    try {
      expect(getComputedStyle(q(el, '.qd-cv__form')!).display).toBe('none');
      expect(getComputedStyle(q(el, '[part="data-tools"]')!).display).toBe('none');
    } finally {
      await commands.emulateMedia({ media: null });
    }
  });

  it('Arabic UI is right-to-left', async () => {
    const el = await builder(arabicCv(), { lang: 'ar' });
    expect(q(el, '[part="base"]')!.getAttribute('dir')).toBe('rtl');
    expect(heading(el)).toBe('الخطوة 1 من 8 الهوية');
    expect(button(el, /^التالي/)).toBeTruthy();
    expect(getComputedStyle(q(el, '.qd-cv__nav')!).direction).toBe('rtl');
    expect(await axeViolations(el)).toEqual([]);
  });
});

describe('qd-cv-builder · two copies of the bundle on one page', () => {
  it('loading the CDN bundle twice does not throw and keeps one definition', async () => {
    const errors: unknown[] = [];
    const onError = (e: ErrorEvent) => errors.push(e.error);
    window.addEventListener('error', onError);
    const before = [customElements.get('qd-cv-builder'), customElements.get('qd-cv-preview')];
    // Two module instances of the built, self-contained bundles (run `pnpm build` first).
    await import(/* @vite-ignore */ `${location.origin}/dist/cdn/cv.js?copy=1`);
    await import(/* @vite-ignore */ `${location.origin}/dist/cdn/cv.js?copy=2`);
    await import(/* @vite-ignore */ `${location.origin}/dist/cdn/cv-preview.js?copy=3`);
    window.removeEventListener('error', onError);
    expect(errors).toEqual([]);
    expect([customElements.get('qd-cv-builder'), customElements.get('qd-cv-preview')]).toEqual(
      before,
    );
    const el = await builder(samples.benevolat);
    expect(field(el, 'Prénom et nom').value).toBe('Samira Benali');
  });
});

describe('qd-cv-builder · content rendered as text (XSS)', () => {
  beforeEach(() => {
    (window as any).__pwned = undefined;
  });
  const payloads = [
    '<img src=x onerror="window.__pwned=1">',
    '<script>window.__pwned=1</script>',
    '"><svg onload="window.__pwned=1">',
    '${window.__pwned=1}',
  ];

  it.each(payloads)(
    '%s typed in every field stays text, in the form and in the CV',
    async (payload) => {
      const el = await builder(undefined, { storage: 'none' });
      const typeAll = async () => {
        for (const c of qa<HTMLInputElement | HTMLTextAreaElement>(
          el,
          '.qd-cv__form input:not([type]), .qd-cv__form input[type="text"], .qd-cv__form input[type="email"], .qd-cv__form input[type="tel"], .qd-cv__form input[type="url"], .qd-cv__form textarea',
        )) {
          if (c.inputMode === 'numeric') continue;
          await fill(el, c, `Texte ${payload}`);
        }
      };
      for (const s of STEPS.slice(0, -1)) {
        await goTo(el, s);
        for (const add of qa<HTMLButtonElement>(el, 'button').filter((b) =>
          text(b).startsWith('Ajouter'),
        )) {
          add.click();
          await settle(el);
        }
        await typeAll();
      }
      await goTo(el, 'preview');
      const cv = sheet(el)!;
      expect(text(cv)).toContain(`Texte ${payload}`);
      expect(cv.querySelectorAll('script, svg, img, iframe, object').length).toBe(0);
      expect(root(el).querySelectorAll('script, iframe, object').length).toBe(0);
      expect(
        [...cv.querySelectorAll('a')].every((a) =>
          /^(https:|mailto:|tel:)/.test(a.getAttribute('href')!),
        ),
      ).toBe(true);
      expect((window as any).__pwned).toBeUndefined();
    },
  );
});
