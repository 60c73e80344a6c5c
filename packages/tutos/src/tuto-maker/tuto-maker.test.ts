/// <reference types="vite/client" />
import { afterEach, describe, expect, it, vi } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import photoUrl from '../test/photo-gps.jpg?url';
import type { TutoExportDetail } from '../index.js';
import { fromTutorial, toTutorial } from '../draft.js';
import { tutorialSchema } from '../tutorial-schema.js';
import { clone, samples, tinyTuto, TINY_WAV } from '../fixtures.js';
import { XSS } from '../xss.js';
import {
  axeViolations,
  button,
  captureDownloads,
  cleanup,
  click,
  events,
  fill,
  focused,
  mount,
  norm,
  pickFile,
  q,
  qa,
  settle,
  text,
} from '@quartiers-douai/kit-scripts/testing';
import '../define-maker.js';
import { dataUrlToBytes, exifOf } from '../test/files.js';

const maker = (content?: unknown, attrs: Record<string, string> = {}) =>
  mount('qd-tuto-maker', content ?? null, attrs);
const alert = (el: Element) => text(el, '[part="errors"]');
const status = (el: Element) => text(el, '.qd-maker > [role="status"]');
const titlesOf = (el: Element) =>
  qa<HTMLInputElement>(el, '[part="step"] input[id$="-title"]').map((i) => i.value);
const wavFile = () => new File([dataUrlToBytes(TINY_WAV)], 'voix.wav', { type: 'audio/wav' });

async function photoFile(): Promise<File> {
  const blob = await (await fetch(photoUrl)).blob();
  return new File([blob], 'photo-gps.jpg', { type: 'image/jpeg' });
}

/** Fills the minimum: a title, a summary, and each step's title and text. */
async function fillMinimum(el: HTMLElement, steps = ['Ouvrir', 'Toucher']) {
  await fill(el, 'f-title', 'Scanner un document');
  await fill(el, 'f-summary', 'Faire un PDF propre.');
  for (const [i, t] of steps.entries()) {
    if (i > 0) await click(el, 'Ajouter une étape');
    await fill(el, `s${i}-title`, t);
    await fill(el, `s${i}-text`, `Faites ${t.toLowerCase()}.`);
  }
}

async function exported(el: HTMLElement & { exportFile(): string | undefined }) {
  const downloads = captureDownloads();
  try {
    await click(el, 'Exporter le tuto');
  } finally {
    downloads.restore();
  }
  return downloads.files;
}

afterEach(() => {
  cleanup();
  localStorage.clear();
  sessionStorage.clear();
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

describe('qd-tuto-maker · photos', () => {
  it('a real phone photo with GPS: made ≤ 1280 px, re-encoded as JPEG without any EXIF; its description is then required', async () => {
    const file = await photoFile();
    const input = exifOf(new Uint8Array(await file.arrayBuffer()));
    expect(input).toEqual({ exif: true, gps: true });

    const el = await maker();
    await fillMinimum(el, ['Cadrer']);
    await pickFile(el, q<HTMLInputElement>(el, '#s0-photo')!, file);
    await vi.waitFor(() => expect(el.value.steps[0]!.image).toBeDefined(), { timeout: 5000 });
    await settle(el);
    const src = el.value.steps[0]!.image!.src;
    expect(src.startsWith('data:image/jpeg;base64,')).toBe(true);
    const bytes = dataUrlToBytes(src);
    expect(exifOf(bytes)).toEqual({ exif: false, gps: false });
    expect(bytes.length).toBeLessThan(file.size);
    const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/jpeg' }));
    expect([bitmap.width, bitmap.height]).toEqual([1280, 960]);
    bitmap.close();

    // The description: announced, focused, with its help; required to export.
    expect(status(el)).toBe('Photo ajoutée à l’étape 1. Décrivez-la.');
    expect(focused(el)).toBe(q(el, '#s0-alt'));
    expect(text(el, '#s0-alt-hint')).toContain('Pour les personnes qui ne voient pas l’image');
    await exported(el);
    expect(alert(el)).toContain('Étape 1 : décrivez ce que montre la photo.');
    await fill(el, 's0-alt', 'La feuille entière dans le cadre');
    const files = await exported(el);
    expect(files).toHaveLength(1);
    const doc = JSON.parse(await files[0]!.text);
    expect(doc.steps[0].image).toEqual({ src, alt: 'La feuille entière dans le cadre' });
  });

  it('« Prendre une photo » opens the camera on phones (capture), « Retirer la photo » removes it', async () => {
    const el = await maker(tinyTuto, { storage: 'none' });
    expect(q(el, '#s0-camera')!.getAttribute('capture')).toBe('environment');
    expect(q(el, '#s0-camera')!.getAttribute('accept')).toBe('image/*');
    await click(el, 'Retirer la photo l’étape 1');
    expect(el.value.steps[0]!.image).toBeUndefined();
    expect(q(el, '#s0-alt')).toBeNull();
  });

  it('a file that is not an image is refused, and said', async () => {
    const el = await maker();
    await pickFile(el, q<HTMLInputElement>(el, '#s0-photo')!, new File(['pas une image'], 'x.jpg'));
    await vi.waitFor(() => expect(status(el)).toContain('Cette image n’a pas pu être lue'));
    expect(el.value.steps[0]!.image).toBeUndefined();
  });
});

describe('qd-tuto-maker · voice', () => {
  it('where the browser can record: « Enregistrer ma voix », named after the step', async () => {
    const el = await maker();
    expect(button(el, 'Enregistrer ma voix l’étape 1')).toBeTruthy();
    expect(q(el, '.qd-maker__no-recorder')).toBeNull();
  });

  it('without MediaRecorder: no record button, an explanation, and a sound file can still be chosen', async () => {
    vi.stubGlobal('MediaRecorder', undefined);
    const el = await maker();
    expect(() => button(el, /^Enregistrer ma voix/)).toThrow();
    expect(text(el, '.qd-maker__no-recorder')).toContain('ne permet pas d’enregistrer ici');
    expect(q(el, '#s0-audio-file')!.getAttribute('accept')).toBe('audio/*');
  });

  it('microphone refused: the button goes, the reason is said, the focus goes to « Choisir un fichier son »', async () => {
    vi.spyOn(navigator.mediaDevices, 'getUserMedia').mockRejectedValue(
      new DOMException('refusé', 'NotAllowedError'),
    );
    const el = await maker();
    await click(el, 'Enregistrer ma voix l’étape 1');
    await settle(el);
    expect(() => button(el, /^Enregistrer ma voix/)).toThrow();
    expect(text(el, '.qd-maker__no-recorder')).toContain('Le micro n’est pas autorisé');
    expect(focused(el)).toBe(q(el, '#s0-audio-file'));
  });

  it('a sound file: played in the form; what is said is required (and focused); then exported with it', async () => {
    const el = await maker();
    await fillMinimum(el, ['Écouter']);
    await pickFile(el, q<HTMLInputElement>(el, '#s0-audio-file')!, wavFile());
    await vi.waitFor(() => expect(el.value.steps[0]!.audio).toBeDefined());
    await settle(el);
    expect(q<HTMLAudioElement>(el, '[part="step"] audio')!.src).toBe(TINY_WAV);
    expect(focused(el)).toBe(q(el, '#s0-transcript'));
    await exported(el);
    expect(alert(el)).toContain('Étape 1 : écrivez ce qui est dit dans le son.');
    expect(focused(el)).toBe(q(el, '#s0-transcript'));
    await fill(el, 's0-transcript', 'Je touche le bouton.');
    const files = await exported(el);
    const doc = JSON.parse(await files[0]!.text);
    expect(doc.steps[0].audio).toEqual({ src: TINY_WAV, transcript: 'Je touche le bouton.' });
  });

  it('a file that is not a sound is refused', async () => {
    const el = await maker();
    await pickFile(
      el,
      q<HTMLInputElement>(el, '#s0-audio-file')!,
      new File(['<script>'], 'x.html', { type: 'text/html' }),
    );
    await vi.waitFor(() => expect(status(el)).toContain('Ce son n’a pas pu être ajouté'));
    expect(el.value.steps[0]!.audio).toBeUndefined();
  });
});

describe('qd-tuto-maker · steps: add, reorder, remove (keyboard)', () => {
  it('« Ajouter une étape » adds one and puts the focus in its title', async () => {
    const el = await maker();
    await click(el, 'Ajouter une étape');
    expect(qa(el, '[part="step"]')).toHaveLength(2);
    expect(focused(el)).toBe(q(el, '#s1-title'));
  });

  it('« Descendre l’étape 1 » with Enter: the step moves, the focus follows it, its new place is announced', async () => {
    const el = await maker();
    await fillMinimum(el, ['A', 'B', 'C']);
    button(el, 'Descendre l’étape 1').focus();
    await userEvent.keyboard('{Enter}');
    await settle(el);
    expect(titlesOf(el)).toEqual(['B', 'A', 'C']);
    expect(focused(el)).toBe(q(el, '#down-1'));
    expect(norm(focused(el)!.textContent)).toBe('Descendre l’étape 2');
    expect(status(el)).toBe('Étape déplacée : c’est maintenant l’étape 2 sur 3.');
    expect(q(el, '.qd-maker > [role="status"]')).not.toBeNull();
    // Again: to the end; « Descendre » is gone there, the focus goes to « Monter ».
    await userEvent.keyboard('{Enter}');
    await settle(el);
    expect(titlesOf(el)).toEqual(['B', 'C', 'A']);
    expect(focused(el)).toBe(q(el, '#up-2'));
    // « Monter » twice with Space: back to the top.
    await userEvent.keyboard(' ');
    await settle(el);
    await userEvent.keyboard(' ');
    await settle(el);
    expect(titlesOf(el)).toEqual(['A', 'B', 'C']);
    expect(focused(el)).toBe(q(el, '#down-0'));
    expect(status(el)).toBe('Étape déplacée : c’est maintenant l’étape 1 sur 3.');
  });

  it('« Supprimer l’étape 2 » removes it, says so, and offers to undo (focused)', async () => {
    const el = await maker();
    await fillMinimum(el, ['A', 'B', 'C']);
    await click(el, 'Supprimer l’étape 2');
    expect(titlesOf(el)).toEqual(['A', 'C']);
    expect(status(el)).toBe('Étape 2 supprimée.');
    expect(focused(el)).toBe(q(el, '#undo'));
    expect(await axeViolations(el)).toEqual([]);
    await userEvent.keyboard('{Enter}');
    await settle(el);
    expect(titlesOf(el)).toEqual(['A', 'B', 'C']);
    expect(focused(el)).toBe(q(el, '#s1-title'));
  });
});

describe('qd-tuto-maker · at most 40 steps', () => {
  it('at 40 steps, « Ajouter une étape » gives way to the reason; one removed, it comes back; the file exports', async () => {
    const c = clone(tinyTuto);
    c.steps = Array.from({ length: 40 }, (_, i) => ({
      title: `Étape ${i + 1}`,
      text: 'Faites-le.',
    }));
    const el = await maker(c, { storage: 'none' });
    expect(() => button(el, 'Ajouter une étape')).toThrow();
    expect(text(el)).toContain(
      'Un tuto a 40 étapes au plus : pour aller plus loin, faites-en un deuxième.',
    );
    expect((await exported(el)).length).toBe(1);
    await click(el, 'Supprimer l’étape 40');
    await click(el, 'Ajouter une étape');
    expect(qa(el, '[part="step"]')).toHaveLength(40);
    expect(() => button(el, 'Ajouter une étape')).toThrow();
  });
});

describe('qd-tuto-maker · draft on the device', () => {
  it('is saved as one types, and comes back after a reload (new element), said', async () => {
    const el = await maker();
    await fillMinimum(el, ['Ouvrir', 'Toucher']);
    await pickFile(el, q<HTMLInputElement>(el, '#s1-audio-file')!, wavFile());
    await vi.waitFor(() => expect(el.value.steps[1]!.audio).toBeDefined());
    expect(Object.keys(localStorage)).toEqual(['qd:tuto-draft:brouillon']);
    expect(text(el, '[part="save-status"]')).toBe('Brouillon enregistré sur cet appareil.');
    const before = el.value;
    cleanup();
    const again = await maker();
    expect(again.value).toEqual(before);
    expect(q<HTMLInputElement>(again, '#f-title')!.value).toBe('Scanner un document');
    expect(titlesOf(again)).toEqual(['Ouvrir', 'Toucher']);
    expect(text(again, '[part="notice"]')).toBe('Votre brouillon a été repris.');
  });

  it('is saved after a pause in typing, even before the field is left', async () => {
    const el = await maker();
    const f = q<HTMLInputElement>(el, '#f-title')!;
    f.value = 'Payer la cantine';
    f.dispatchEvent(new Event('input', { bubbles: true }));
    await vi.waitFor(
      () => expect(localStorage.getItem('qd:tuto-draft:brouillon')).toContain('Payer la cantine'),
      { timeout: 2000 },
    );
    cleanup();
    const again = await maker();
    expect(q<HTMLInputElement>(again, '#f-title')!.value).toBe('Payer la cantine');
  });

  it('two makers on one page, each with its own id: two drafts; without an id, the usual key', async () => {
    const a = await maker(undefined, { id: 'atelier-photo' });
    const b = await maker(undefined, { id: 'atelier-voix' });
    const plain = await maker();
    await fill(a, 'f-title', 'Scanner un document');
    await fill(b, 'f-title', 'Payer la cantine');
    await fill(plain, 'f-title', 'Prendre un rendez-vous');
    expect(Object.keys(localStorage).sort()).toEqual([
      'qd:tuto-draft:atelier-photo',
      'qd:tuto-draft:atelier-voix',
      'qd:tuto-draft:brouillon',
    ]);
    cleanup();
    const titleOf = async (attrs: Record<string, string>) =>
      q<HTMLInputElement>(await maker(undefined, attrs), '#f-title')!.value;
    expect(await titleOf({ id: 'atelier-voix' })).toBe('Payer la cantine');
    expect(await titleOf({ id: 'atelier-photo' })).toBe('Scanner un document');
    expect(await titleOf({})).toBe('Prendre un rendez-vous');
  });

  describe('what was typed just before leaving is kept (no wait for the pause)', () => {
    /** Types into the title without leaving the field: saving waits for a pause (fake time). */
    const typeTitle = (el: HTMLElement, value: string) => {
      const f = q<HTMLInputElement>(el, '#f-title')!;
      f.value = value;
      f.dispatchEvent(new Event('input', { bubbles: true }));
    };
    const kept = () => localStorage.getItem('qd:tuto-draft:brouillon') ?? '';
    const hidden = (state: 'hidden' | 'visible') => {
      Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => state });
      document.dispatchEvent(new Event('visibilitychange'));
    };

    afterEach(() => {
      vi.useRealTimers();
      delete (document as { visibilityState?: string }).visibilityState;
    });

    it('the page is closed (pagehide): the last words are on the device at once', async () => {
      const el = await maker();
      vi.useFakeTimers();
      typeTitle(el, 'Payer la cantine');
      expect(kept()).not.toContain('Payer la cantine');
      window.dispatchEvent(new Event('pagehide'));
      expect(kept()).toContain('Payer la cantine');
      vi.useRealTimers();
      cleanup();
      const again = await maker();
      expect(q<HTMLInputElement>(again, '#f-title')!.value).toBe('Payer la cantine');
    });

    it('the phone switches to another app (page hidden): kept at once (shown again: the usual pause)', async () => {
      const el = await maker();
      vi.useFakeTimers();
      typeTitle(el, 'Scanner');
      hidden('visible');
      expect(kept()).not.toContain('Scanner');
      hidden('hidden');
      expect(kept()).toContain('Scanner');
    });
  });

  it('storage="none": nothing is kept, and the form says to export before leaving', async () => {
    const el = await maker(undefined, { storage: 'none' });
    await fill(el, 'f-title', 'Mon tuto');
    await new Promise((r) => setTimeout(r, 450));
    expect(Object.keys(localStorage)).toEqual([]);
    expect(text(el, '[part="save-status"]')).toContain('n’est pas gardé');
  });

  it('« Tout effacer », confirmed: the draft leaves the device, the form is empty again', async () => {
    const el = await maker();
    await fill(el, 'f-title', 'Mon tuto');
    expect(localStorage.length).toBe(1);
    await click(el, 'Tout effacer');
    expect(q(el, '[role="alertdialog"]')).not.toBeNull();
    expect(focused(el)).toBe(q(el, '#confirm-yes'));
    expect(await axeViolations(el)).toEqual([]);
    await click(el, 'Annuler');
    expect(focused(el)).toBe(q(el, '#erase'));
    expect(localStorage.length).toBe(1);
    await click(el, 'Tout effacer');
    await click(el, 'Oui, tout effacer');
    expect(localStorage.length).toBe(0);
    expect(q<HTMLInputElement>(el, '#f-title')!.value).toBe('');
    expect(focused(el)).toBe(q(el, '#f-title'));
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
