import { describe, it, expect } from 'vitest';
import { validateContent, problemToString } from '@quartiers-douai/core';
import { contentJsonSchema } from '@quartiers-douai/core/json-schema';
import { contentSchema, cvSchema, CV_CONTENT_VERSION, isPartialDate } from './schema.js';
import {
  JSON_RESUME_KEYS,
  JSON_RESUME_SCHEMA,
  importCv,
  importCvText,
  toJsonResume,
  cvFileName,
} from './json-resume.js';
import { arabicCv, clone, officialShapeResume, samples } from './fixtures.js';
import committedJsonSchema from '../schema.json';
import { cvTexts } from './texts.lazy.js';

const check = (input: unknown) =>
  validateContent(cvSchema, input, {
    supportedVersion: CV_CONTENT_VERSION,
    packageName: '@quartiers-douai/cv',
    texts: cvTexts,
  });
const problems = (input: unknown): string[] => {
  const r = check(input);
  return r.ok ? [] : r.problems.map(problemToString);
};

/** What JSON Resume v1.0.0 requires of a document (checked field by field, no copy of its schema). */
function jsonResumeViolations(doc: Record<string, unknown>): string[] {
  const out: string[] = [];
  for (const k of Object.keys(doc))
    if (!(JSON_RESUME_KEYS as readonly string[]).includes(k))
      out.push(`clé interdite au premier niveau : ${k}`);
  const iso = /^([1-2][0-9]{3}-[0-1][0-9]-[0-3][0-9]|[1-2][0-9]{3}-[0-1][0-9]|[1-2][0-9]{3})$/;
  const walk = (v: unknown, path: string) => {
    if (Array.isArray(v)) v.forEach((x, i) => walk(x, `${path}[${i}]`));
    else if (v && typeof v === 'object')
      for (const [k, x] of Object.entries(v)) {
        if (
          /(startDate|endDate|releaseDate)$/.test(k) ||
          (k === 'date' && !path.endsWith('x-qd'))
        ) {
          if (typeof x !== 'string' || !iso.test(x)) out.push(`${path}.${k} : date non ISO 8601`);
        }
        walk(x, `${path}.${k}`);
      }
  };
  walk(doc, '');
  for (const section of JSON_RESUME_KEYS.filter(
    (k) => !['$schema', 'basics', 'meta'].includes(k),
  )) {
    if (doc[section] !== undefined && !Array.isArray(doc[section]))
      out.push(`${section} doit être une liste`);
  }
  return out;
}

describe('schema · samples', () => {
  it.each(Object.entries(samples))(
    'the %s sample is a valid CV, without unknown fields',
    (_name, sample) => {
      const r = check(sample);
      expect(r.ok && r.warnings).toEqual([]);
    },
  );

  it('the samples are the three promised profiles: volunteering, foreign diplomas, school internships', () => {
    expect(samples.benevolat.volunteer?.length).toBeGreaterThan(0);
    expect(JSON.stringify(samples.reconversion.certificates)).toContain('comparabilité');
    expect(samples.reconversion.education?.some((e) => /Algérie/.test(e.institution ?? ''))).toBe(
      true,
    );
    expect(
      samples.stages.work?.filter((w) => /[Ss]tage/.test(w.position ?? '')).length,
    ).toBeGreaterThanOrEqual(2);
    const templates = Object.values(samples).map((s) => s.meta?.['x-qd']?.template);
    expect(new Set(templates)).toEqual(new Set(['sobre', 'moderne', 'ats']));
  });

  it('the Arabic variant is valid and says so', () => {
    const r = check(arabicCv());
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.data.meta?.['x-qd']?.lang).toBe('ar');
  });

  it('schema.json is up to date with the zod schema (run `pnpm build` to refresh it)', () => {
    const fresh = contentJsonSchema(contentSchema);
    const { title: _t, $id: _i, ...committed } = committedJsonSchema as Record<string, unknown>;
    expect(committed).toEqual(JSON.parse(JSON.stringify(fresh)));
    // …and in the same order, as qd-build writes it (byte for byte, but for "title" and "$id").
    expect(JSON.stringify(committed, null, 2)).toBe(JSON.stringify(fresh, null, 2));
  });
});

describe('schema · rules explained in French', () => {
  it('dates are AAAA, AAAA-MM or AAAA-MM-JJ', () => {
    expect(['2019', '2019-09', '2019-09-30'].every(isPartialDate)).toBe(true);
    expect(['19', '2019-13', '09/2019', '2019-9', ''].some(isPartialDate)).toBe(false);
    const c = clone(samples.benevolat);
    c.work![0]!.startDate = '10/2022';
    expect(problems(c)).toContain(
      'work[0].startDate : date invalide : écrivez l\'année et le mois sous la forme AAAA-MM, par exemple "2019-09" (ou l\'année seule : "2019")',
    );
  });

  it('unknown licence, template or colour', () => {
    const c = clone(samples.reconversion) as any;
    c.basics['x-qd'].licences = ['B', 'Z'];
    c.meta['x-qd'].template = 'fantaisie';
    c.meta['x-qd'].accent = 'rouge';
    const p = problems(c);
    expect(
      p.some((m) => m.startsWith('basics.x-qd.licences[1] : valeur non reconnue (« Z »)')),
    ).toBe(true);
    expect(
      p.some((m) => m.startsWith('meta.x-qd.template : valeur non reconnue (« fantaisie »)')),
    ).toBe(true);
    expect(p).toContain('meta.x-qd.accent : couleur invalide : écrivez-la sous la forme "#0b57d0"');
  });

  it('a photo must be an image address and weigh less than 200 KB', () => {
    const c = clone(samples.benevolat) as any;
    c.basics['x-qd'].photo = 'javascript:alert(1)';
    expect(problems(c)[0]).toMatch(/^basics\.x-qd\.photo : photo refusée/);
    c.basics['x-qd'].photo = `data:image/jpeg;base64,${'A'.repeat(300_000)}`;
    expect(problems(c)[0]).toMatch(/^basics\.x-qd\.photo : photo trop lourde/);
  });

  it('a CV written by a newer version says so', () => {
    const c = clone(samples.benevolat) as any;
    c.meta['x-qd'].version = 2;
    expect(problems(c)[0]).toMatch(
      /^meta\.x-qd\.version : ce CV est en version 2, mais ce composant ne comprend que jusqu'à la version 1/,
    );
    c.meta['x-qd'].version = 1.5;
    expect(problems(c)).toEqual([
      'meta.x-qd.version : doit être un nombre entier sans guillemets, par exemple 1',
    ]);
  });

  it('wrong types are explained', () => {
    const c = clone(samples.benevolat) as any;
    c.work = { name: 'pas une liste' };
    c.basics.name = 42;
    const p = problems(c);
    expect(p).toContain('work : doit être une liste entre crochets [ … ]');
    expect(p).toContain('basics.name : doit être un texte entre guillemets, par exemple "Bonjour"');
  });
});

describe('JSON Resume · import', () => {
  it('an official-shape JSON Resume keeps every field and lists the ones not shown', () => {
    const doc = officialShapeResume();
    const r = importCv(doc);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.ignored).toEqual(['awards', 'publications']);
    expect(r.cv).toEqual(doc); // nothing dropped, nothing added
  });

  it('invalid JSON says where, in French', () => {
    const r = importCvText('{ "basics": { "name": "Samira", } }');
    expect(r.ok).toBe(false);
    if (!r.ok)
      expect(problemToString(r.problems[0]!)).toMatch(
        /^le fichier n'est pas un JSON valide \(ligne 1, colonne 33\)/,
      );
  });

  it('fields named constructor, __proto__ or toString (at the top and nested) are kept and listed, like any field the builder does not show', () => {
    const doc = JSON.stringify(officialShapeResume())
      .replace(/^\{/, '{"constructor": 1, "__proto__": {"basics": {}}, "toString": "x", ')
      .replace(
        '"basics":{',
        '"basics":{"constructor":{"a":1},"toString":"x","__proto__":{"name":"Autre"},',
      );
    const r = importCvText(doc);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.ignored).toEqual(
      expect.arrayContaining([
        'constructor',
        '__proto__',
        'toString',
        'basics.constructor',
        'basics.toString',
        'basics.__proto__',
      ]),
    );
    expect(r.cv.basics?.name).toBe('Nadia Lefebvre');
  });

  it('a JSON file that is not a CV is refused', () => {
    for (const notCv of [{ version: 1, title: 'Quiz', questions: [] }, [1, 2, 3], 'texte', null]) {
      const r = importCv(notCv);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.problems[0]!.message).toMatch(/^ce fichier ne ressemble pas à un CV/);
    }
  });
});

describe('JSON Resume · export and round trip', () => {
  it.each(Object.entries(samples))(
    'the %s sample exports to a valid JSON Resume document',
    (_n, sample) => {
      const doc = toJsonResume(
        check(sample).ok ? (check(sample) as any).data : sample,
        new Date('2025-03-01T10:00:00Z'),
      );
      expect(doc.$schema).toBe(JSON_RESUME_SCHEMA);
      expect(jsonResumeViolations(doc)).toEqual([]);
      expect((doc.meta as any).lastModified).toBe('2025-03-01T10:00:00');
      expect((doc.meta as any)['x-qd'].version).toBe(1);
    },
  );

  it('import → export → import gives the same CV (official shape, and the samples)', () => {
    for (const start of [officialShapeResume(), ...Object.values(samples).map(clone)]) {
      const first = importCv(start);
      if (!first.ok) throw new Error(first.problems.map(problemToString).join('\n'));
      const exported = toJsonResume(first.cv);
      expect(jsonResumeViolations(exported)).toEqual([]);
      const again = importCvText(JSON.stringify(exported));
      if (!again.ok) throw new Error('re-import failed');
      const strip = (cv: any) => {
        const c = clone(cv);
        delete c.$schema;
        delete c.meta?.lastModified;
        if (c.meta?.['x-qd']) delete c.meta['x-qd'].version;
        if (c.meta && JSON.stringify(c.meta['x-qd']) === '{}') delete c.meta['x-qd'];
        return c;
      };
      expect(strip(again.cv)).toEqual(strip(first.cv));
    }
  });

  it('a top-level key that JSON Resume forbids is left out of the export', () => {
    const doc = toJsonResume({ ...clone(samples.benevolat), version: 1, titre: 'x' } as any);
    expect(Object.keys(doc)).not.toContain('version');
    expect(Object.keys(doc)).not.toContain('titre');
  });

  it('file names come from the name, without accents', () => {
    expect(cvFileName({ basics: { name: 'Léa Dupont-Écart' } }, 'json')).toBe(
      'cv-lea-dupont-ecart.json',
    );
    expect(cvFileName({}, 'json')).toBe('cv.json');
  });
});
