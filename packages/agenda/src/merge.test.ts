import { describe, expect, it } from 'vitest';
import { fileNameOf, mergeFiles } from './merge.js';
import { clone, tinyAgenda } from './fixtures.js';

describe('merge of several files', () => {
  it('puts centres and events together in file order', () => {
    const a = clone(tinyAgenda);
    const b = { version: 1, centres: [{ id: 'z', name: 'Z', address: 'Z' }], events: [] };
    const { merged, duplicates } = mergeFiles([
      { name: 'a.json', data: a },
      { name: 'b.json', data: b },
    ]);
    expect((merged['centres'] as Array<{ id: string }>).map((c) => c.id)).toEqual(['a', 'b', 'z']);
    expect((merged['events'] as unknown[]).length).toBe(3);
    expect(duplicates).toEqual([]);
  });

  it('keeps the first of two same ids, and says which files', () => {
    const a = clone(tinyAgenda);
    const b = clone(tinyAgenda);
    b.events[0]!.title = 'Autre';
    const { merged, duplicates } = mergeFiles([
      { name: 'a.json', data: a },
      { name: 'b.json', data: b },
    ]);
    expect((merged['events'] as Array<{ title: string }>).map((e) => e.title)).not.toContain(
      'Autre',
    );
    expect(duplicates).toContainEqual({
      kind: 'event',
      id: 'cv',
      first: 'a.json',
      again: 'b.json',
    });
    expect(duplicates.filter((d) => d.kind === 'centre').map((d) => d.id)).toEqual(['a', 'b']);
  });

  it('names a file by the end of its address', () => {
    expect(fileNameOf('https://site.fr/wp-content/uploads/qd/centre%20a.json?v=2')).toBe(
      'centre a.json',
    );
    expect(fileNameOf('/qd/les-tilleuls.json')).toBe('les-tilleuls.json');
  });
});
