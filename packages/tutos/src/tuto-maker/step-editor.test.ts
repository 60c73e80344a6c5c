/**
 * The steps of <qd-tuto-maker> (<qd-tuto-step-editor>): photos, voice, adding, reordering and
 * removing steps by keyboard, at most 40.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { clone, tinyTuto, TINY_WAV } from '../fixtures.js';
import { dataUrlToBytes, exifOf } from '../test/files.js';
import {
  axeViolations,
  button,
  click,
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
  wavFile,
  photoFile,
  fillMinimum,
  exported,
  cleanupMaker,
} from '../test/maker.js';

afterEach(() => {
  cleanupMaker();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
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
