import { describe, it, expect } from 'vitest';
import {
  fitsAge,
  isStale,
  pagesByDevice,
  rulesFor,
  selectGuides,
  uncoveredDevices,
  type Answers,
} from './engine.js';
import { guideContentSchema, type GuideContent } from './schema.js';
import { samples } from './fixtures.js';
import * as z from 'zod/mini';

const lib: GuideContent = z.parse(guideContentSchema, samples.library);
const ids = (a: Partial<Answers>) =>
  selectGuides(lib, { ageGroup: null, devices: [], concerns: [], ...a }).map((m) => m.guide.id);

describe('engine · which guides, in what order', () => {
  it('only the guides of the chosen devices, about the chosen concerns', () => {
    expect(ids({ devices: ['iphone'], concerns: ['achats'] })).toEqual(['apple-achats']);
    expect(
      ids({ devices: ['nintendo-switch', 'box-internet'], concerns: ['temps-ecran'] }),
    ).toEqual(['nintendo-switch', 'box-internet']);
  });

  it('ordered by concern first (kit order), then by device, then as in the library', () => {
    expect(
      ids({ devices: ['iphone', 'telephone-android'], concerns: ['localisation', 'achats'] }),
    ).toEqual([
      'android-family-link', // achats (Android comes first in the library)
      'android-google-play',
      'apple-achats',
      'apple-position', // localisation
    ]);
  });

  it('a skipped question filters nothing', () => {
    expect(ids({})).toHaveLength(lib.guides.length);
    expect(ids({ devices: ['xbox'] })).toEqual(['xbox']);
    expect(ids({ concerns: ['localisation'] })).toEqual(['android-family-link', 'apple-position']);
  });

  it('ages: YouTube Kids up to 12, TikTok from 13, the supervised YouTube from 9', () => {
    const yt = (ageGroup: string) => ids({ ageGroup, devices: ['youtube', 'tiktok'] });
    expect(yt('6-8')).toEqual(['youtube-kids']);
    expect(yt('9-11')).toEqual(['youtube-kids', 'youtube-ados']);
    // TikTok answers "temps d'écran" (first in the kit's order), the supervised YouTube does not.
    expect(yt('12-14')).toEqual(['youtube-kids', 'tiktok-connexion-famille', 'youtube-ados']);
    expect(yt('15-17')).toEqual(['tiktok-connexion-famille', 'youtube-ados']);
    expect(fitsAge(undefined, { min: 0, max: 2 })).toBe(true);
    expect(fitsAge([{ min: 13, max: 17 }], undefined)).toBe(true);
  });

  it('names the chosen devices no guide covers for this age', () => {
    const a: Answers = { ageGroup: '6-8', devices: ['tiktok', 'xbox'], concerns: [] };
    expect(uncoveredDevices(lib, a, selectGuides(lib, a)).map((d) => d.id)).toEqual(['tiktok']);
  });

  it('groups the printed checklist by device: Android phone and tablet share a page', () => {
    const a: Answers = {
      ageGroup: null,
      devices: ['telephone-android', 'tablette-android', 'xbox'],
      concerns: ['achats'],
    };
    const pages = pagesByDevice(selectGuides(lib, a));
    expect(
      pages.map((p) => [p.devices.map((d) => d.id), p.matches.map((m) => m.guide.id)]),
    ).toEqual([
      [
        ['telephone-android', 'tablette-android'],
        ['android-family-link', 'android-google-play'],
      ],
      [['xbox'], ['xbox']],
    ]);
  });
});

describe('engine · agreement rules by age', () => {
  const rules = (ages: string[]) => rulesFor(lib, ages).map((r) => r.id);
  it('no screens before 3 for the youngest, private accounts for teens', () => {
    expect(rules(['0-2'])).toContain('pas-avant-3-ans');
    expect(rules(['0-2'])).not.toContain('compte-prive');
    expect(rules(['15-17'])).toContain('compte-prive');
    expect(rules(['15-17'])).not.toContain('pas-avant-3-ans');
  });
  it('several children: the rules of every age; unknown age: all rules', () => {
    expect(rules(['0-2', '15-17'])).toEqual(
      expect.arrayContaining(['pas-avant-3-ans', 'compte-prive']),
    );
    expect(rules([])).toHaveLength(lib.pactRules.length);
  });
});

describe('engine · stale check dates', () => {
  it('stale only when checked more than 12 months ago', () => {
    expect(isStale('2025-11-28', new Date(2026, 10, 28))).toBe(false);
    expect(isStale('2025-11-28', new Date(2026, 10, 29))).toBe(true);
    expect(isStale('2026-11-28', new Date(2026, 10, 28))).toBe(false);
  });
});
