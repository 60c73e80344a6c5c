import { prototypes, type ExtraElement, type Prototype } from './prototypes.js';
import type { GateSubject } from './gates.js';

/** Loads what the gates need of a prototype; explains in French what is missing. */
export async function subjectOf(p: Prototype): Promise<GateSubject> {
  await p.define();
  const schema = await p.schema();
  const quality = await p.quality();
  if (!schema) throw new Error(`${p.name} : src/schema.ts doit exporter « contentSchema »`);
  if (!quality)
    throw new Error(
      `${p.name} : src/quality.ts manquant. Chaque prototype dit aux portes de qualité comment produire un contenu valide (arbitrary) et parcourir ses écrans (walk) : voir packages/quiz/src/quality.ts`,
    );
  if (Object.keys(p.samples).length === 0)
    throw new Error(`${p.name} : aucun exemple dans content/*.json`);
  const texts = await p.texts();
  return { name: p.name, samples: p.samples, jsonSchema: p.jsonSchema, schema, texts, quality };
}

/** A package's other element (`extras` of its quality.ts), as a gate subject. */
export async function extraSubject(p: Prototype, x: ExtraElement): Promise<GateSubject> {
  await x.define();
  const { samples, jsonSchema, schema, texts } = x;
  return { name: `${p.name} <${x.tag}>`, samples, jsonSchema, schema, texts, quality: x };
}

export { prototypes };
