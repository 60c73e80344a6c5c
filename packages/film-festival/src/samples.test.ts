import { describe, expect, it } from 'vitest';
import { problemToString, validateContent } from '@quartiers-douai/core';
import { FESTIVAL_CONTENT_VERSION, festivalContentSchema, type FestivalContent } from './schema.js';
import { festivalTexts } from './texts.lazy.js';
import { samples, withMediaFiles } from './fixtures.js';

const r = validateContent(festivalContentSchema, samples.festival, {
  supportedVersion: FESTIVAL_CONTENT_VERSION,
  packageName: '@quartiers-douai/film-festival',
  texts: festivalTexts,
});
const festival = (r.ok ? r.data : undefined) as FestivalContent | undefined;

const get = async (path: string) => {
  const res = await fetch(path);
  expect(res.ok, path).toBe(true);
  return new Uint8Array(await res.arrayBuffer());
};

describe('the sample festival', () => {
  it('is valid, without unknown fields', () => {
    expect(r.ok ? r.warnings : r.problems.map(problemToString)).toEqual([]);
  });

  it('has at least 4 films of 2 to 4 seconds, in several categories and centres, with consent', () => {
    expect(festival!.films.length).toBeGreaterThanOrEqual(4);
    for (const f of festival!.films) {
      expect(f.duration).toBeGreaterThanOrEqual(2);
      expect(f.duration).toBeLessThanOrEqual(4);
      expect(f.consent).toBe(true);
      expect(f.transcript).toBeTruthy();
      expect(f.easy).toBeTruthy();
    }
    expect(new Set(festival!.films.map((f) => f.category)).size).toBeGreaterThanOrEqual(2);
    expect(new Set(festival!.films.map((f) => f.centre)).size).toBeGreaterThanOrEqual(2);
  });

  it('posters are inline WebP images (the embed pages copy the JSON alone)', () => {
    for (const f of festival!.films) expect(f.poster.src).toMatch(/^data:image\/webp;base64,/);
  });

  it('every film: a WebM file well under 100 KB, its poster, French WebVTT captions shown by default', async () => {
    for (const f of withMediaFiles().films) {
      const webm = await get(f.sources[0]!.src);
      expect(f.sources[0]!.type).toBe('video/webm');
      expect([...webm.slice(0, 4)], 'EBML header').toEqual([0x1a, 0x45, 0xdf, 0xa3]);
      expect(webm.length).toBeLessThan(100 * 1024);
      const poster = await get(f.poster.src);
      expect(new TextDecoder().decode(poster.slice(8, 12))).toBe('WEBP');
      const track = f.tracks![0]!;
      expect([track.kind, track.srclang, track.default]).toEqual(['captions', 'fr', true]);
      const vtt = new TextDecoder().decode(await get(track.src));
      expect(vtt.startsWith('WEBVTT')).toBe(true);
      expect(vtt).toMatch(/00:00:00\.000 --> /);
      // The transcript says what the captions say.
      for (const line of vtt
        .split('\n')
        .filter((l) => /\p{L}/u.test(l) && !/^(WEBVTT|Kind|Language)/.test(l)))
        expect(f.transcript).toContain(line);
    }
  });
});
