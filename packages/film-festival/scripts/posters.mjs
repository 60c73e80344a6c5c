#!/usr/bin/env node
// Writes each sample film's poster (content/media/<film id>.webp, made by make-media.sh) into
// content/festival-du-film-court.json as a data: address. Why: the sample file is copied alone
// to the embed pages and the gates' pages (apps/embed), without the media folder; an inline
// poster shows there without any request. A centre's own file simply writes
// "src": "media/mon-film.webp" (next to the JSON file) or an https address.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const dir = fileURLToPath(new URL('../content/', import.meta.url));
const file = join(dir, 'festival-du-film-court.json');
const festival = JSON.parse(readFileSync(file, 'utf8'));
for (const film of festival.films) {
  const webp = readFileSync(join(dir, 'media', `${film.id}.webp`));
  film.poster.src = `data:image/webp;base64,${webp.toString('base64')}`;
}
writeFileSync(file, JSON.stringify(festival, null, 2) + '\n');
console.log(`posters: ${festival.films.length} affiches écrites dans ${file}`);
