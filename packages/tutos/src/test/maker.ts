/**
 * What the tuto maker's tests do with it, as a resident would: mount one, fill the minimum, export
 * (the file downloaded), and read its list of what is missing, its status region and its steps.
 * Test-only (the kit's shared helpers are in @quartiers-douai/kit-scripts/testing).
 */
/// <reference types="vite/client" />
import {
  cleanup,
  captureDownloads,
  click,
  fill,
  mount,
  qa,
  text,
} from '@quartiers-douai/kit-scripts/testing';
import { TINY_WAV } from '../fixtures.js';
import '../define-maker.js';
import { dataUrlToBytes } from './files.js';
import photoUrl from './photo-gps.jpg?url';

export const maker = (content?: unknown, attrs: Record<string, string> = {}) =>
  mount('qd-tuto-maker', content ?? null, attrs);
/** The list of what is missing before exporting (role=alert). */
export const alert = (el: Element) => text(el, '[part="errors"]');
/** What the status region says. */
export const status = (el: Element) => text(el, '.qd-maker > [role="status"]');
/** The titles of the steps, in order. */
export const titlesOf = (el: Element) =>
  qa<HTMLInputElement>(el, '[part="step"] input[id$="-title"]').map((i) => i.value);
/** A short sound file (the sample WAV). */
export const wavFile = () =>
  new File([dataUrlToBytes(TINY_WAV)], 'voix.wav', { type: 'audio/wav' });

/** A real phone photo, with its EXIF data and GPS position. */
export async function photoFile(): Promise<File> {
  const blob = await (await fetch(photoUrl)).blob();
  return new File([blob], 'photo-gps.jpg', { type: 'image/jpeg' });
}

/** Fills the minimum: a title, a summary, and each step's title and text. */
export async function fillMinimum(el: HTMLElement, steps = ['Ouvrir', 'Toucher']) {
  await fill(el, 'f-title', 'Scanner un document');
  await fill(el, 'f-summary', 'Faire un PDF propre.');
  for (const [i, t] of steps.entries()) {
    if (i > 0) await click(el, 'Ajouter une étape');
    await fill(el, `s${i}-title`, t);
    await fill(el, `s${i}-text`, `Faites ${t.toLowerCase()}.`);
  }
}

/** Presses « Exporter le tuto »: the files downloaded (none when something is missing). */
export async function exported(el: HTMLElement) {
  const downloads = captureDownloads();
  try {
    await click(el, 'Exporter le tuto');
  } finally {
    downloads.restore();
  }
  return downloads.files;
}

/** After each test: no element left, nothing kept, no stub. */
export function cleanupMaker(): void {
  cleanup();
  localStorage.clear();
  sessionStorage.clear();
}
