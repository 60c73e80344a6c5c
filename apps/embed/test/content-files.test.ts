/**
 * The files the samples point to (images, films, captions…) are published beside them: an element
 * reads a relative path next to its JSON file (core's `asset()`), so every relative path of every
 * published sample must exist there. Without this, a demo page shows broken images only once a
 * visitor opens a later screen, where no other test looks.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtPages, distDir } from './browser.js';

/** A relative address of a media file: `images/x.svg`, `media/film.webm` (not https:, data:, /…). */
const RELATIVE_FILE =
  /^(?![a-z][a-z0-9+.-]*:|\/|#)[^\s?#]+\.(svg|png|jpe?g|webp|gif|avif|webm|mp4|ogv|vtt|mp3|ogg|oga|opus|wav|m4a)$/i;

function relativeFiles(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') {
    if (RELATIVE_FILE.test(value)) out.push(value);
  } else if (Array.isArray(value)) value.forEach((v) => relativeFiles(v, out));
  else if (value && typeof value === 'object')
    Object.entries(value).forEach(([k, v]) => k !== '$schema' && relativeFiles(v, out));
  return out;
}

describe('fichiers des exemples', () => {
  const samples = builtPages().flatMap((p) =>
    p.contents.map(
      (c) => [`${p.shortName}/${c.id}`, join(distDir, 'content', p.shortName)] as const,
    ),
  );

  it('the check sees the files: a tutorial points to its images', () => {
    const all = samples.flatMap(([id, dir]) =>
      relativeFiles(JSON.parse(readFileSync(join(dir, `${id.split('/')[1]}.json`), 'utf8'))),
    );
    expect(all.length).toBeGreaterThan(0);
  });

  it.each(samples)(
    '%s : chaque fichier nommé par un chemin relatif est publié à côté',
    (id, dir) => {
      const json: unknown = JSON.parse(readFileSync(join(dir, `${id.split('/')[1]}.json`), 'utf8'));
      const missing = relativeFiles(json).filter((f) => !existsSync(join(dir, f)));
      expect(missing).toEqual([]);
    },
  );
});
