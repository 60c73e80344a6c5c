/**
 * The draft of <qd-tuto-maker> kept on the device (DraftKeeper): its record's format, a draft of
 * an earlier maker read back, saved as one types, after a pause, when the page is left; one per
 * id; erased.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  axeViolations,
  cleanup,
  click,
  fill,
  focused,
  pickFile,
  q,
  text,
} from '@quartiers-douai/kit-scripts/testing';
import { maker, titlesOf, wavFile, fillMinimum, cleanupMaker } from '../test/maker.js';

afterEach(() => {
  cleanupMaker();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('qd-tuto-maker · draft on the device', () => {
  it('the record on the device keeps its format: the envelope, type tuto-draft, version 1, the draft as typed', async () => {
    const el = await maker();
    await fill(el, 'f-title', 'Payer la cantine');
    const record = JSON.parse(localStorage.getItem('qd:tuto-draft:brouillon')!);
    expect(record).toEqual({
      kit: 'quartiers-douai',
      type: 'tuto-draft',
      version: 1,
      savedAt: expect.any(String),
      data: el.value,
    });
    expect(Object.keys(record.data).sort()).toEqual(
      ['author', 'centre', 'createdAt', 'easy', 'id', 'lang', 'level', 'licence', 'materials']
        .concat(['steps', 'summary', 'tags', 'title', 'duration'])
        .sort(),
    );
  });

  it('a draft saved by an earlier maker comes back (a missing field becomes empty), said', async () => {
    const image = { src: 'data:image/jpeg;base64,/9j/4AAQ', alt: 'Le bouton Payer' };
    localStorage.setItem(
      'qd:tuto-draft:brouillon',
      JSON.stringify({
        kit: 'quartiers-douai',
        type: 'tuto-draft',
        version: 1,
        savedAt: '2026-11-30T10:00:00.000Z',
        data: {
          id: '',
          lang: 'fr',
          title: 'Payer la cantine',
          summary: 'En ligne, avec le code famille.',
          author: 'Samia',
          licence: 'CC BY-SA 4.0',
          level: 'intermediaire',
          duration: '10',
          materials: 'Un téléphone',
          tags: 'école',
          createdAt: '2026-11-30',
          steps: [{ title: 'Ouvrir le site', text: 'Ouvrez le site.', easy: '', image }],
        },
      }),
    );
    const el = await maker();
    expect(q<HTMLInputElement>(el, '#f-title')!.value).toBe('Payer la cantine');
    expect(q<HTMLInputElement>(el, '#f-easy')!.value).toBe('');
    expect(q<HTMLInputElement>(el, '#s0-alt')!.value).toBe('Le bouton Payer');
    expect(el.value.level).toBe('intermediaire');
    expect(el.value.steps[0]!.image).toEqual(image);
    expect(text(el, '[part="notice"]')).toBe('Votre brouillon a été repris.');
    expect(text(el, '[part="save-status"]')).toBe('Brouillon enregistré sur cet appareil.');
  });

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
