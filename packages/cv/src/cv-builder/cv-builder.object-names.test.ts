/**
 * <qd-cv-builder> importing a CV file whose fields are named like what every JavaScript object
 * has (constructor, __proto__, toString): imported, or explained, never a silent nothing.
 * (Its own file: the builder's main test file is long; same helpers and fixtures.)
 */
import { describe, expect, it } from 'vitest';
import '../define.js';
import type { QdCvBuilder } from './cv-builder.js';
import { officialShapeResume, samples } from '../fixtures.js';
import {
  field,
  mount,
  pickFile,
  q,
  settle,
  textOf as text,
} from '@quartiers-douai/kit-scripts/testing';

const notice = (el: QdCvBuilder) => text(q(el, '[part="notice"]'));
const withObjectNames = (doc: Record<string, unknown>): string =>
  JSON.stringify(doc)
    .replace(/^\{/, '{"constructor": 1, "__proto__": {"basics": {}}, "toString": "x", ')
    .replace('"basics":{', '"basics":{"constructor":{"a":1},"toString":"x","__proto__":{"b":1},');

describe('qd-cv-builder · import of a file with fields named constructor, __proto__, toString', () => {
  it('imports it and says which fields are kept but not shown', async () => {
    const el = await mount<QdCvBuilder>('qd-cv-builder', undefined, { storage: 'none' });
    const input = q<HTMLInputElement>(el, '[part="data-tools"] input[type="file"]')!;
    await pickFile(el, input, new File([withObjectNames(officialShapeResume())], 'cv.json'));
    await expect.poll(() => notice(el)).toMatch(/^Le CV a été importé\./);
    expect(notice(el)).toContain('constructor');
    expect(notice(el)).toContain('basics.toString');
    await settle(el);
    expect(field(el, 'Prénom et nom').value).toBe('Nadia Lefebvre');
  });

  it('the same file with a mistake is explained in French, the CV untouched', async () => {
    const el = await mount<QdCvBuilder>('qd-cv-builder', samples.benevolat, { storage: 'none' });
    const before = JSON.stringify(el.value);
    const doc = { ...officialShapeResume(), work: 'pas une liste' };
    expect(el.importText(withObjectNames(doc))).toBe(false);
    await settle(el);
    expect(notice(el)).toMatch(/^Ce fichier n'a pas pu être importé : work : /);
    expect(JSON.stringify(el.value)).toBe(before);
  });
});
