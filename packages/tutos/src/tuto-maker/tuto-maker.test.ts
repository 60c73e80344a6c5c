/**
 * <qd-tuto-maker>: the form as a whole — what it shows first, what is required, export and
 * import, preview, hostile texts, accessibility. Each step's own tests are in step-editor.test.ts,
 * the draft kept on the device in draft-keeper.test.ts, the model (no DOM) in maker-model.test.ts.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import type { TutoExportDetail } from '../index.js';
import { fromTutorial, toTutorial } from '../draft.js';
import { tutorialSchema } from '../tutorial-schema.js';
import { clone, samples, tinyTuto } from '../fixtures.js';
import { XSS } from '../xss.js';
import {
  axeViolations,
  button,
  click,
  events,
  fill,
  focused,
  norm,
  pickFile,
  q,
  qa,
  settle,
  text,
} from '@quartiers-douai/kit-scripts/testing';
import {
  maker,
  alert,
  status,
  titlesOf,
  fillMinimum,
  exported,
  cleanupMaker,
} from '../test/maker.js';

afterEach(() => {
  cleanupMaker();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('qd-tuto-maker · defaults', () => {
  it('an empty form: « Créer un tuto », the tutorial fields, one step, the actions; draft kept on the device', async () => {
    const el = await maker();
    expect(text(el, 'h2')).toBe('Créer un tuto');
    expect(el.storage).toBe('local');
    expect(qa(el, '[part="step"]')).toHaveLength(1);
    expect(text(el, '[part="step"] legend')).toBe('Étape 1');
    expect(q<HTMLInputElement>(el, '#f-licence')!.value).toBe('CC BY-SA 4.0');
    expect(q<HTMLInputElement>(el, 'input[name="level"]')!.checked).toBe(true);
    for (const name of ['Aperçu', 'Exporter le tuto', 'Tout effacer', 'Ajouter une étape'])
      expect(button(el, name)).toBeTruthy();
    expect(text(el, 'label.qd-file-button:not([part="step"] *)')).toBe('Ouvrir un fichier de tuto');
    expect(await axeViolations(el)).toEqual([]);
  });

  it('every field has a label; help texts are linked with aria-describedby', async () => {
    const el = await maker();
    for (const f of qa<HTMLInputElement>(el, 'input[type="text"], textarea'))
      expect(q(el, `label[for="${f.id}"]`), f.id).not.toBeNull();
    expect(q(el, '#f-author')!.getAttribute('aria-describedby')).toBe('f-author-hint');
    expect(text(el, '#f-author-hint')).toContain('Pas de nom de famille');
  });

  it('a starting tutorial (content) fills the form', async () => {
    const el = await maker(tinyTuto, { storage: 'none' });
    expect(q<HTMLInputElement>(el, '#f-title')!.value).toBe('Le petit tuto');
    expect(titlesOf(el)).toEqual(['Ouvrir l’appli', 'Écouter Samia', 'Enregistrer']);
    expect(q<HTMLTextAreaElement>(el, '#f-materials')!.value).toBe('Un téléphone\nLe wifi');
    expect(q<HTMLInputElement>(el, '#s0-alt')!.value).toBe(
      'L’icône verte de l’appli, en bas de l’écran',
    );
    expect(q<HTMLTextAreaElement>(el, '#s1-transcript')!.value).toBe(
      'Moi, je pose la feuille près de la fenêtre.',
    );
  });
});

describe('qd-tuto-maker · what is required, before exporting', () => {
  it('« Exporter » on an empty form: the list of what is missing (role=alert), each field marked, focus on the first', async () => {
    const el = await maker();
    const files = await exported(el);
    expect(files).toEqual([]);
    expect(alert(el)).toContain('Avant d’exporter, il reste 4 choses à compléter :');
    expect(alert(el)).toContain('Étape 1 : donnez un titre.');
    expect(q(el, '[part="errors"]')!.getAttribute('role')).toBe('alert');
    const title = q(el, '#f-title')!;
    expect(focused(el)).toBe(title);
    expect(title.getAttribute('aria-invalid')).toBe('true');
    expect(title.getAttribute('aria-describedby')).toBe('f-title-hint f-title-error');
    expect(text(el, '#f-title-error')).toBe('Écrivez un titre.');
    expect(await axeViolations(el)).toEqual([]);
    // Fixing a field clears its error as one types.
    await fill(el, 'f-title', 'Mon tuto');
    expect(q(el, '#f-title')!.hasAttribute('aria-invalid')).toBe(false);
    expect(alert(el)).toContain('il reste 3 choses');
  });

  it('the author is a first name or a pseudonym: no e-mail nor phone', async () => {
    const el = await maker();
    await fillMinimum(el);
    await fill(el, 'f-author', 'samia@exemple.fr');
    await exported(el);
    expect(text(el, '#f-author-error')).toContain('Un prénom ou un pseudo seulement');
    expect(focused(el)).toBe(q(el, '#f-author'));
  });
});

describe('qd-tuto-maker · export and import', () => {
  it('exports one JSON file named after the title, valid for <qd-tuto>, and fires qd-export', async () => {
    const el = await maker();
    const got = events<TutoExportDetail>(el, 'qd-export');
    await fillMinimum(el);
    await fill(el, 'f-tags', 'téléphone, démarches');
    await fill(el, 'f-materials', 'Un téléphone\n\nLe wifi');
    const files = await exported(el);
    expect(files.map((f) => f.name)).toEqual(['scanner-un-document.json']);
    const doc = JSON.parse(await files[0]!.text);
    expect(doc.$schema).toMatch(/@quartiers-douai\/tutos@0\/schema\.json$/);
    expect(tutorialSchema.safeParse(doc).success).toBe(true);
    expect(doc.tags).toEqual(['téléphone', 'démarches']);
    expect(doc.materials).toEqual(['Un téléphone', 'Le wifi']);
    expect(doc.licence).toBe('CC BY-SA 4.0');
    expect(got).toEqual([{ id: 'scanner-un-document', steps: 2, bytes: expect.any(Number) }]);
    expect(status(el)).toContain('Fichier « scanner-un-document.json » prêt');
  });

  it('export → import in another maker → export: the same file, deep-equal (photos and voice inside)', async () => {
    const first = await maker(tinyTuto, { storage: 'none' });
    const [a] = await exported(first);
    const fileA = JSON.parse(await a!.text);
    expect(fileA).toEqual({
      $schema: expect.any(String),
      ...tutorialSchema.parse(clone(tinyTuto)),
    });
    const other = await maker(undefined, { storage: 'none', id: 'autre' });
    await pickFile(
      other,
      q<HTMLInputElement>(other, '[part="actions"] input[type="file"]')!,
      new File([await a!.text], 'petit-tuto.json', { type: 'application/json' }),
    );
    expect(text(other, '[part="notice"]')).toBe('Tuto « Le petit tuto » ouvert.');
    const [b] = await exported(other);
    expect(JSON.parse(await b!.text)).toEqual(fileA);
  });

  it.each(Object.entries(samples))(
    'the sample %s survives fromTutorial → toTutorial unchanged',
    (_n, s) => {
      const parsed = tutorialSchema.parse(clone(s));
      const { $schema: _s, ...expected } = parsed as typeof parsed & { $schema?: string };
      expect(tutorialSchema.parse(toTutorial(fromTutorial(parsed)))).toEqual(expected);
    },
  );

  it('a tutorial file opened over a draft in progress: asked first (focused), « Annuler » keeps the draft, « Oui » replaces it', async () => {
    const el = await maker();
    const opened = events<{ id: string }>(el, 'qd-import');
    await fill(el, 'f-title', 'Mon brouillon');
    const saved = localStorage.getItem('qd:tuto-draft:brouillon');
    const open = async () =>
      pickFile(
        el,
        q<HTMLInputElement>(el, '#open-file')!,
        new File([JSON.stringify(tinyTuto)], 'petit-tuto.json', { type: 'application/json' }),
      );
    await open();
    expect(text(el, '[role="alertdialog"]')).toContain(
      'Ouvrir « Le petit tuto » remplace le tuto en cours sur cet appareil.',
    );
    expect(focused(el)).toBe(q(el, '#open-yes'));
    expect(q<HTMLInputElement>(el, '#f-title')!.value).toBe('Mon brouillon');
    expect(opened).toEqual([]);
    expect(await axeViolations(el)).toEqual([]);
    await click(el, 'Annuler');
    expect(q(el, '[role="alertdialog"]')).toBeNull();
    expect(focused(el)).toBe(q(el, '#open-file'));
    expect(q<HTMLInputElement>(el, '#f-title')!.value).toBe('Mon brouillon');
    expect(localStorage.getItem('qd:tuto-draft:brouillon')).toBe(saved);
    await open();
    button(el, 'Oui, ouvrir ce tuto').focus();
    await userEvent.keyboard('{Enter}');
    await settle(el);
    expect(q<HTMLInputElement>(el, '#f-title')!.value).toBe('Le petit tuto');
    expect(titlesOf(el)).toEqual(['Ouvrir l’appli', 'Écouter Samia', 'Enregistrer']);
    expect(text(el, '[part="notice"]')).toBe('Tuto « Le petit tuto » ouvert.');
    expect(opened).toEqual([{ id: 'petit-tuto' }]);
    expect(localStorage.getItem('qd:tuto-draft:brouillon')).toContain('Le petit tuto');
  });

  it('a file that is not a tutorial is refused, said, and the draft stays', async () => {
    const el = await maker(tinyTuto, { storage: 'none' });
    const input = () => q<HTMLInputElement>(el, '[part="actions"] input[type="file"]')!;
    await pickFile(el, input(), new File(['{ "title": '], 'x.json'));
    expect(text(el, '[part="notice"]')).toContain('Ce fichier n’est pas un tuto');
    // Explained in French: not a valid JSON, where.
    expect(text(el, '[part="notice"]')).toContain("n'est pas un JSON valide (ligne 1");
    await pickFile(
      el,
      input(),
      new File([JSON.stringify({ version: 1, title: 'Quiz', questions: [] })], 'q.json'),
    );
    // (the first file's notice also ends with "Rien n’a été modifié." : wait for the second's)
    await vi.waitFor(() =>
      expect(text(el, '[part="notice"]')).toContain('id : le champ « id » est obligatoire'),
    );
    expect(text(el, '[part="notice"]')).toContain('Rien n’a été modifié.');
    expect(q<HTMLInputElement>(el, '#f-title')!.value).toBe('Le petit tuto');
  });

  it('a hostile file (javascript: voice, HTML as a photo) is refused and explained; the saved draft is untouched', async () => {
    const el = await maker(tinyTuto);
    await fill(el, 'f-centre', 'Centre social Sud');
    const before = el.value;
    const saved = localStorage.getItem('qd:tuto-draft:brouillon');
    expect(saved).not.toBeNull();
    const bad = clone(tinyTuto);
    bad.steps[1]!.audio!.src = 'javascript:window.__qdXss=1';
    bad.steps[0]!.image!.src = 'data:text/html;base64,PHNjcmlwdD53aW5kb3cuX19xZFhzcz0xPC9zY3JpcHQ+';
    const input = q<HTMLInputElement>(el, '[part="actions"] input[type="file"]')!;
    await pickFile(el, input, new File([JSON.stringify(bad)], 'piege.json'));
    await vi.waitFor(() => expect(text(el, '[part="notice"]')).toContain('Rien n’a été modifié.'));
    const notice = text(el, '[part="notice"]');
    expect(notice).toContain('steps[0].image.src : ');
    expect(notice).toContain('steps[1].audio.src : son refusé');
    expect(el.value).toEqual(before);
    expect(localStorage.getItem('qd:tuto-draft:brouillon')).toBe(saved);
    expect(q(el, 'audio[src^="javascript"], img[src^="data:text"]')).toBeNull();
    expect(await axeViolations(el)).toEqual([]);
    // Too big a file: refused before being read.
    const big = new File([new Uint8Array(31 * 1024 * 1024)], 'gros.json');
    await pickFile(el, input, big);
    expect(text(el, '[part="notice"]')).toContain('le fichier fait plus de 30 Mo');
    expect(el.value).toEqual(before);
  });

  it('an imported file with XSS payloads in every text opens as plain text, in the form and the preview', async () => {
    const el = await maker(undefined, { storage: 'none' });
    const input = q<HTMLInputElement>(el, '[part="actions"] input[type="file"]')!;
    for (const payload of XSS) {
      const t = clone(tinyTuto) as Record<string, unknown> & typeof tinyTuto;
      for (const k of ['title', 'summary', 'easy', 'centre', 'licence'] as const) t[k] = payload;
      t.materials = [payload];
      t.tags = [payload];
      for (const s of t.steps) {
        s.title = payload;
        s.text = payload;
        s.easy = payload;
      }
      t.steps[0]!.image!.alt = payload;
      t.steps[1]!.audio!.transcript = payload;
      const raw = JSON.stringify(t).replace('{', '{"__proto__":{"qdPolluted":1},');
      await pickFile(el, input, new File([raw], 'xss.json'));
      // From the second file on, the draft in progress is replaced only once confirmed.
      if (q(el, '#open-yes')) await click(el, 'Oui, ouvrir ce tuto');
      expect(text(el, '[part="notice"]')).toContain('ouvert');
      expect(q<HTMLInputElement>(el, '#f-title')!.value).toBe(payload);
      expect(q<HTMLTextAreaElement>(el, '#s1-transcript')!.value).toBe(payload);
      if (!q(el, '[part="preview"]')) await click(el, 'Aperçu');
      const preview = q(el, '[part="preview"] qd-tuto') as HTMLElementTagNameMap['qd-tuto'];
      await settle(preview);
      expect(text(preview, 'h2')).toContain('window.__qdXss=1');
      const bad = 'script, iframe, img[src="x"], [onerror], [onload], a[href^="javascript"]';
      expect(q(el, bad)).toBeNull();
      expect(q(preview, bad)).toBeNull();
      expect((window as { __qdXss?: unknown }).__qdXss).toBeUndefined();
      expect(({} as { qdPolluted?: unknown }).qdPolluted).toBeUndefined();
    }
  });
});

describe('qd-tuto-maker · preview', () => {
  it('« Aperçu » shows the tutorial as a <qd-tuto>, every step, focus on the preview heading', async () => {
    const el = await maker(tinyTuto, { storage: 'none' });
    await click(el, 'Aperçu');
    const preview = q(el, '[part="preview"] qd-tuto') as HTMLElementTagNameMap['qd-tuto'];
    await settle(preview);
    expect(focused(el)).toBe(q(el, '#preview-h'));
    expect(text(preview, 'h2')).toBe('Le petit tuto');
    expect(qa(preview, '[part="step"]')).toHaveLength(3);
    expect(button(el, 'Fermer l’aperçu').getAttribute('aria-expanded')).toBe('true');
    expect(await axeViolations(el)).toEqual([]);
  });
});

describe('qd-tuto-maker · hostile texts', () => {
  it('XSS payloads typed in every field stay text, in the form and in the preview', async () => {
    const el = await maker(tinyTuto, { storage: 'none' });
    for (const [k, payload] of XSS.entries()) {
      // Every text field but the two with a format (a number of minutes, a first name).
      const fields = qa<HTMLInputElement>(el, 'input[type="text"], textarea')
        .map((f) => f.id)
        .filter((id) => id !== 'f-duration' && id !== 'f-author');
      for (const id of fields) await fill(el, id, `${payload} ${k}`);
      if (!q(el, '[part="preview"]')) await click(el, 'Aperçu');
      const preview = q(el, '[part="preview"] qd-tuto') as HTMLElementTagNameMap['qd-tuto'];
      await settle(preview);
      expect(text(preview, 'h2')).toContain('window.__qdXss=1');
      const bad = 'script, iframe, img[src="x"], [onerror], [onload], a[href^="javascript"]';
      expect(q(el, bad)).toBeNull();
      expect(q(preview, bad)).toBeNull();
      expect((window as { __qdXss?: unknown }).__qdXss).toBeUndefined();
    }
  });
});

describe('qd-tuto-maker · accessibility and i18n', () => {
  it('no axe violation with a photo, a voice, errors shown and three steps', async () => {
    const el = await maker(tinyTuto, { storage: 'none' });
    await fill(el, 's0-alt', '');
    await click(el, 'Ajouter une étape');
    await exported(el);
    expect(alert(el)).toContain('il reste 3 choses');
    expect(await axeViolations(el)).toEqual([]);
  });

  it('reflows at 320 px (photo, voice, errors shown): no horizontal scrolling, controls within the width', async () => {
    await page.viewport(320, 700);
    try {
      const el = await maker(tinyTuto, { storage: 'none' });
      await fill(el, 's0-alt', '');
      await exported(el);
      expect(alert(el)).toContain('Étape 1 : décrivez ce que montre la photo.');
      expect(document.documentElement.scrollWidth).toBeLessThanOrEqual(320);
      const wide = qa(el, 'button, input[type="text"], textarea, label.qd-button, audio, img')
        .filter((x) => x.getClientRects().length > 0)
        .filter((x) => x.getBoundingClientRect().right > 320 || x.getBoundingClientRect().left < 0)
        .map((x) => x.id || norm(x.textContent).slice(0, 30) || x.localName);
      expect(wide).toEqual([]);
    } finally {
      await page.viewport(1280, 800);
    }
  });

  it('in an Arabic page: right to left, Arabic labels, no axe violation', async () => {
    const wrap = document.createElement('div');
    wrap.lang = 'ar';
    document.body.append(wrap);
    try {
      const el = document.createElement('qd-tuto-maker');
      el.storage = 'none';
      wrap.append(el);
      await settle(el);
      expect(q(el, '[part="base"]')!.getAttribute('dir')).toBe('rtl');
      expect(text(el, 'h2')).toBe('أنشئ درسًا');
      expect(await axeViolations(el)).toEqual([]);
    } finally {
      wrap.remove();
    }
  });
});
