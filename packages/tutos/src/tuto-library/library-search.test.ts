/**
 * The library's search without a DOM (library-search.ts); the element's own tests are in
 * tuto-library.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { matches, searchWords } from '../index.js';
import { libraryIndex } from '../fixtures.js';
import { libraryIndexSchema, type LibraryEntry } from '../library-schema.js';
import { found, topicsOf } from './library-search.js';

const entry = (title: string, tags: string[] = [], summary?: string): LibraryEntry => ({
  title,
  tags,
  src: 'tuto.json',
  ...(summary ? { summary } : {}),
});

describe('library search · words', () => {
  it('searchWords and matches, without the element', () => {
    expect(searchWords('  Pièce   JOINTE ')).toEqual(['piece', 'jointe']);
    expect(
      matches({ title: 'Créer une adresse e-mail', tags: [] }, searchWords('adresse email')),
    ).toBe(true);
    expect(
      matches({ title: 'Faire un appel vidéo', tags: ['famille'] }, searchWords('famille')),
    ).toBe(true);
    expect(matches({ title: 'Faire un appel vidéo', tags: [] }, searchWords('visio'))).toBe(false);
  });

  it('every word must be found, in the title, the summary or the topics; commas separate words too', () => {
    const e = entry('Payer la cantine', ['école'], 'En ligne, avec le code famille.');
    expect(matches(e, searchWords('cantine, ecole'))).toBe(true);
    expect(matches(e, searchWords('code famille'))).toBe(true);
    expect(matches(e, searchWords('cantine piscine'))).toBe(false);
    expect(matches(e, searchWords(''))).toBe(true);
  });
});

describe('library search · topics and results', () => {
  it('topics: each once (whatever its case or accents, the first spelling kept), in French order', () => {
    const entries = [
      entry('A', ['Téléphone', 'école']),
      entry('B', ['telephone', 'Arnaques']),
      entry('C', ['École']),
    ];
    expect(topicsOf(entries)).toEqual([
      ['arnaques', 'Arnaques'],
      ['ecole', 'école'],
      ['telephone', 'Téléphone'],
    ]);
  });

  it('found: the search and, when topics are ticked, any of them; each with its place in the index', () => {
    const entries = [
      entry('Créer une adresse e-mail', ['e-mail']),
      entry('Reconnaître un SMS frauduleux', ['arnaques', 'téléphone']),
      entry('Faire un appel vidéo', ['famille', 'téléphone']),
    ];
    expect(found(entries, '', new Set()).map(([, i]) => i)).toEqual([0, 1, 2]);
    expect(found(entries, 'SMS', new Set()).map(([e]) => e.title)).toEqual([
      'Reconnaître un SMS frauduleux',
    ]);
    expect(found(entries, '', new Set(['famille', 'arnaques'])).map(([, i]) => i)).toEqual([1, 2]);
    expect(found(entries, 'appel', new Set(['arnaques']))).toEqual([]);
  });

  it('on the sample index: its topics, and a search that finds one tutorial', () => {
    const index = libraryIndexSchema.parse(libraryIndex);
    expect(topicsOf(index.tutorials).length).toBeGreaterThan(0);
    expect(found(index.tutorials, 'reconnaitre sms', new Set()).map(([e]) => e.title)).toEqual([
      'Reconnaître un SMS frauduleux',
    ]);
  });
});
