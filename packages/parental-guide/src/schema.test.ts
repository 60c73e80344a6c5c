import { describe, it, expect } from 'vitest';
import { validateContent, problemToString } from '@quartiers-douai/core';
import { contentJsonSchema } from '@quartiers-douai/core/json-schema';
import { contentSchema, guideContentSchema, GUIDE_CONTENT_VERSION, CONCERNS } from './schema.js';
import { clone, samples } from './fixtures.js';
import committedJsonSchema from '../schema.json';
import { guideTexts } from './texts.lazy.js';

const check = (input: unknown) =>
  validateContent(guideContentSchema, input, {
    supportedVersion: GUIDE_CONTENT_VERSION,
    packageName: '@quartiers-douai/parental-guide',
    texts: guideTexts,
  });
const problems = (input: unknown): string[] => {
  const r = check(input);
  return r.ok ? [] : r.problems.map(problemToString);
};
const base = () => clone(samples.library) as Record<string, any>;
const guideIndex = (id: string) => samples.library.guides.findIndex((g) => g.id === id);

describe('schema · the sample library', () => {
  it('is valid, with no unknown field', () => {
    const r = check(samples.library);
    expect(r.ok && r.warnings).toEqual([]);
  });

  it('covers the devices the issue asks for, each guide with an https official page and a check date', () => {
    const names = samples.library.devices.map((d) => d.name).join(' | ');
    for (const word of [
      'Android',
      'iPhone',
      'iPad',
      'Windows',
      'Nintendo Switch',
      'PlayStation',
      'Xbox',
      'Box internet',
      'YouTube',
      'TikTok',
    ])
      expect(names).toContain(word);
    const text = JSON.stringify(samples.library);
    for (const word of [
      'Family Link',
      "Temps d'écran",
      'Partage familial',
      'Family Safety',
      'Contrôle parental Nintendo Switch',
      'Xbox Family Settings',
      'YouTube Kids',
      'mode restreint',
      'Connexion Famille',
      '2 mars 2022',
    ])
      expect(text).toContain(word);
    for (const g of samples.library.guides) {
      expect(g.officialUrl).toMatch(/^https:\/\//);
      expect(g.lastChecked).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(g.steps.every((s) => typeof s.easy === 'string' && s.easy.length > 0)).toBe(true);
    }
  });

  it('every device has at least one guide, every concern is covered', () => {
    const c = samples.library;
    for (const d of c.devices) expect(c.guides.some((g) => g.appliesTo.includes(d.id))).toBe(true);
    for (const k of CONCERNS)
      expect(c.guides.some((g) => (g.concerns as string[]).includes(k))).toBe(true);
  });

  it('the help block names the 3018, jeprotegemonenfant.gouv.fr and the 119', () => {
    const help = (samples.library.resources ?? []).filter((r) => r.help);
    expect(help.map((r) => r.phone ?? r.url)).toEqual([
      '3018',
      'https://jeprotegemonenfant.gouv.fr',
      '119',
    ]);
  });

  it('schema.json is up to date with the zod schema (run `pnpm build` to refresh it)', () => {
    const fresh = contentJsonSchema(contentSchema);
    const { title: _t, $id: _i, ...committed } = committedJsonSchema as Record<string, unknown>;
    expect(committed).toEqual(JSON.parse(JSON.stringify(fresh)));
    // …and in the same order, as qd-build writes it (byte for byte, but for "title" and "$id").
    expect(JSON.stringify(committed, null, 2)).toBe(JSON.stringify(fresh, null, 2));
  });
});

describe('schema · rules explained in French (path + what to change)', () => {
  it('a guide naming an unknown device', () => {
    const c = base();
    c.guides[guideIndex('nintendo-switch')].appliesTo = ['swicth'];
    const p = problems(c);
    expect(p).toHaveLength(1);
    expect(p[0]).toMatch(
      /^guides\[6\]\.appliesTo\[0\] : l'appareil « swicth » n'existe pas dans "devices" : corrigez l'identifiant \(appareils connus : telephone-android, iphone,/,
    );
  });

  it('empty lists', () => {
    const p = problems({ ...base(), ageGroups: [], devices: [], guides: [] });
    expect(p).toContain("ageGroups : la liste est vide : ajoutez au moins une tranche d'âge");
    expect(p).toContain('devices : la liste est vide : ajoutez au moins un appareil');
    expect(p).toContain('guides : la liste est vide : ajoutez au moins un guide');
  });

  it('a guide without device, concern or step', () => {
    const c = base();
    Object.assign(c.guides[0], { appliesTo: [], concerns: [], steps: [] });
    const p = problems(c);
    expect(
      p.some((m) =>
        m.startsWith(
          'guides[0].appliesTo : indiquez au moins un appareil, parmi : telephone-android',
        ),
      ),
    ).toBe(true);
    expect(
      p.some((m) =>
        m.startsWith(
          'guides[0].concerns : choisissez au moins une préoccupation parmi : temps-ecran',
        ),
      ),
    ).toBe(true);
    expect(p).toContain(
      "guides[0].steps : ajoutez au moins une étape : ce que le parent doit faire, dans l'ordre",
    );
  });

  it('an unknown concern, category or group names the allowed values', () => {
    const c = base();
    c.guides[0].concerns = ['harcelement'];
    c.devices[0].category = 'telephone';
    c.pactRules[0].group = 'ados';
    const p = problems(c);
    expect(
      p.some((m) =>
        m.startsWith(
          'guides[0].concerns[0] : valeur non reconnue (« harcelement ») : choisissez parmi « temps-ecran »',
        ),
      ),
    ).toBe(true);
    expect(
      p.some((m) =>
        m.startsWith(
          'devices[0].category : valeur non reconnue (« telephone ») : choisissez parmi « smartphone »',
        ),
      ),
    ).toBe(true);
    expect(p.some((m) => m.startsWith('pactRules[0].group : valeur non reconnue (« ados »)'))).toBe(
      true,
    );
  });

  it('ids are unique in each list', () => {
    const c = base();
    c.devices[1].id = c.devices[0].id;
    c.pactRules[2].id = c.pactRules[1].id;
    const p = problems(c);
    expect(
      p.some((m) =>
        m.startsWith("devices[1].id : l'identifiant « telephone-android » est déjà utilisé"),
      ),
    ).toBe(true);
    expect(
      p.some((m) =>
        m.startsWith("pactRules[2].id : l'identifiant « nuit-hors-chambre » est déjà utilisé"),
      ),
    ).toBe(true);
  });

  it('age ranges the wrong way round', () => {
    const c = base();
    c.ageGroups[1] = { ...c.ageGroups[1], min: 5, max: 3 };
    c.guides[guideIndex('tiktok-connexion-famille')].ages = [{ min: 17, max: 13 }];
    const p = problems(c);
    expect(p).toContain(
      "ageGroups[1].min : l'âge minimum (5) est plus grand que l'âge maximum (3) : inversez-les",
    );
    expect(p).toContain(
      "guides[11].ages[0].min : l'âge minimum (17) est plus grand que l'âge maximum (13) : inversez-les",
    );
  });

  it('ages are whole numbers from 0 to 25', () => {
    const sentence =
      'doit être un nombre entier de 0 à 25, sans virgule ni guillemets, par exemple 0';
    for (const wrong of [26, -1, 12.5]) {
      const c = base();
      c.ageGroups[1] = { ...c.ageGroups[1], max: wrong, min: 0 };
      expect(problems(c)).toContain(`ageGroups[1].max : ${sentence}`);
    }
    const d = base();
    d.guides[guideIndex('tiktok-connexion-famille')].ages = [{ min: 0, max: 25 }];
    expect(problems(d)).toEqual([]);
  });

  it('links: the official page must be https, a resource needs a number or a site, numbers are digits', () => {
    const c = base();
    c.guides[0].officialUrl = 'http://support.google.com';
    c.guides[1].officialUrl = 'javascript:alert(1)';
    c.resources[3] = { id: 'rien', name: 'Rien' };
    c.resources[4].phone = 'appelez-nous';
    const p = problems(c);
    expect(p).toContain(
      'guides[0].officialUrl : le lien officiel doit être une page web qui commence par https://',
    );
    expect(
      p.some((m) =>
        m.startsWith('guides[1].officialUrl : lien refusé : il doit commencer par https://'),
      ),
    ).toBe(true);
    expect(p).toContain(
      'resources[3] : indiquez un numéro ("phone") ou un site ("url") : sinon la famille ne peut pas les joindre',
    );
    expect(p.some((m) => m.startsWith('resources[4].phone : numéro invalide'))).toBe(true);
  });

  it('dates, image text alternatives, missing texts', () => {
    const c = base();
    c.guides[0].lastChecked = '28/11/2026';
    c.guides[0].steps[0].image = { src: 'images/family-link.png', alt: '' };
    delete c.guides[2].title;
    const p = problems(c);
    expect(
      p.some((m) =>
        m.startsWith('guides[0].lastChecked : date invalide : écrivez-la sous la forme AAAA-MM-JJ'),
      ),
    ).toBe(true);
    expect(
      p.some((m) => m.startsWith('guides[0].steps[0].image.alt : texte de remplacement manquant')),
    ).toBe(true);
    expect(
      p.some((m) => m.startsWith('guides[2].title : le champ « title » est obligatoire')),
    ).toBe(true);
  });

  it('a newer content version is explained', () => {
    expect(problems({ ...base(), version: 2 })[0]).toMatch(
      /^version : ce contenu est en version 2, mais ce composant ne comprend que jusqu'à la version 1/,
    );
  });

  it('unknown fields are kept and warned about, not fatal', () => {
    const r = check({ ...base(), auteur: 'Centre social Frais-Marais' });
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.warnings.map(problemToString)[0]).toMatch(/^auteur : champ inconnu/);
  });
});
