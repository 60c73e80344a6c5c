// Checks a library of shared contents (contents/ or a copy of it): every content file against its
// package's zod schema (the built dist/schema.js, with the package's French sentences) and against
// its schema.json; the catalogue index.json; the scenarios' graphs with the scenario package's own
// functions; the files a content names; the drawings of the démarches' screens; the easy-read
// (FALC) texts. Returns the problems as French sentences, one per problem, each starting with the
// file it is in: an empty list means the library is fine.
import { existsSync, readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { isDeepStrictEqual } from 'node:util';
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import { problemToString, validateContent } from '@quartiers-douai/core';
import * as agenda from '@quartiers-douai/agenda';
import * as demarches from '@quartiers-douai/demarches';
import * as quiz from '@quartiers-douai/quiz';
import * as scenario from '@quartiers-douai/scenario';

const require = createRequire(import.meta.url);

/** The licence of every shared content. */
export const LICENCE = 'CC BY-SA 4.0';
/** Who a content is for, in the catalogue. */
export const AUDIENCES = ['6-10', '11-17', 'adultes', 'familles', 'tous'];
/** The project's four themes. */
export const THEMES = ['insertion', 'périscolaire', 'expression citoyenne', 'accueil et démarches'];
/** The catalogue's audience for each audience value of the quiz and scenario schemas. */
const AUDIENCE_OF = { junior: '6-10', ados: '11-17', adultes: 'adultes' };

/**
 * The prototypes a library holds, by folder (the package's short name): the package's zod schema,
 * the version it reads, its French rule sentences and its generated JSON Schema.
 */
export const PROTOTYPES = {
  demarches: {
    schema: demarches.contentSchema,
    version: demarches.DEMARCHE_CONTENT_VERSION,
    texts: demarches.demarcheTexts,
  },
  quiz: { schema: quiz.contentSchema, version: quiz.QUIZ_CONTENT_VERSION, texts: quiz.quizTexts },
  scenario: {
    schema: scenario.contentSchema,
    version: scenario.SCENARIO_CONTENT_VERSION,
    texts: scenario.scenarioTexts,
  },
  agenda: {
    schema: agenda.contentSchema,
    version: agenda.AGENDA_CONTENT_VERSION,
    texts: agenda.agendaTexts,
  },
};

/** The real folder of a package (packages/<name>), through the workspace link. */
const packageDir = (name) =>
  dirname(realpathSync(require.resolve(`@quartiers-douai/${name}/package.json`)));

/** The five Douai centres of the agenda samples (packages/agenda/content), by id. */
export function sampleCentres() {
  const dir = join(packageDir('agenda'), 'content');
  const centres = new Map();
  for (const f of readdirSync(dir)
    .filter((n) => n.endsWith('.json'))
    .sort()) {
    for (const c of JSON.parse(readFileSync(join(dir, f), 'utf8')).centres) centres.set(c.id, c);
  }
  return centres;
}

const ajv = new Ajv2020({ allErrors: true, strict: true });
const jsonSchemas = new Map();
/** The package's schema.json, compiled once. */
function jsonSchemaOf(name) {
  if (!jsonSchemas.has(name)) {
    const path = join(packageDir(name), 'schema.json');
    const schema = JSON.parse(readFileSync(path, 'utf8'));
    jsonSchemas.set(name, { path, schema, validate: ajv.compile(schema) });
  }
  return jsonSchemas.get(name);
}

const isObject = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
const words = (s) => String(s).trim().split(/\s+/).filter(Boolean).length;

/** What a JSON Schema error means, in French (the kit's messages are for social-centre workers). */
const TYPES = {
  string: 'un texte entre guillemets',
  number: 'un nombre',
  integer: 'un nombre entier',
  boolean: 'true ou false',
  array: 'une liste [ … ]',
  object: 'un objet { … }',
};
const AJV_FR = {
  const: (p) => `doit valoir ${JSON.stringify(p.allowedValue)}`,
  enum: (p) =>
    `valeur non reconnue : choisissez parmi ${p.allowedValues.map((v) => `« ${v} »`).join(', ')}`,
  required: (p) => `le champ « ${p.missingProperty} » est obligatoire : ajoutez-le`,
  additionalProperties: (p) =>
    `champ inconnu « ${p.additionalProperty} » : retirez-le ou corrigez son nom`,
  type: (p) =>
    `doit être ${String(p.type)
      .split(',')
      .map((t) => TYPES[t] ?? t)
      .join(' ou ')}`,
  minLength: (p) => `texte trop court : au moins ${p.limit} caractères`,
  maxLength: (p) => `texte trop long : ${p.limit} caractères au plus`,
  pattern: (p) => `forme non reconnue : le texte doit suivre le modèle ${p.pattern}`,
  minimum: (p) => `doit être un nombre supérieur ou égal à ${p.limit}`,
  maximum: (p) => `doit être un nombre inférieur ou égal à ${p.limit}`,
  exclusiveMinimum: (p) => `doit être un nombre supérieur à ${p.limit}`,
  minItems: (p) => `la liste doit avoir au moins ${p.limit} élément(s)`,
};
/** A JSON path as the kit writes it: `contents[0].licence`. */
const jsonPath = (pointer) =>
  pointer
    .split('/')
    .slice(1)
    .map((k) => k.replaceAll('~1', '/').replaceAll('~0', '~'))
    .map((k, i) => (/^\d+$/.test(k) ? `[${k}]` : i === 0 ? k : `.${k}`))
    .join('') || '(racine)';
const ajvErrors = (errors) =>
  (errors ?? []).map(
    (e) => `${jsonPath(e.instancePath)} : ${AJV_FR[e.keyword]?.(e.params) ?? e.message}`,
  );

/**
 * Validates with the package's zod schema. Outside a page there is no `document.baseURI`, against
 * which the kit reads a relative address (core's `readUrl`): for the time of the call, the page is
 * the content file itself, as for an element given the file by `src` (a relative path is read next
 * to the JSON file).
 */
function validateWithZod(proto, name, content, path) {
  const stub = globalThis.document === undefined;
  if (stub) globalThis.document = { baseURI: pathToFileURL(path).href };
  try {
    return validateContent(proto.schema, content, {
      supportedVersion: proto.version,
      packageName: `@quartiers-douai/${name}`,
      texts: proto.texts,
    });
  } finally {
    if (stub) delete globalThis.document;
  }
}

/** The text an `easy` field is the easy-read version of, among an object's fields. */
const MAIN_TEXTS = ['instruction', 'prompt', 'text', 'label', 'definition', 'description'];

/**
 * Every easy-read field the schema offers beside a text the content has, and the content lacks:
 * `easyDescription` beside `description`, `easy` beside the object's main text… A text of three
 * words or fewer ("Vrai", "Oui, je signale") is its own easy-read version. At the top level, the
 * easy-read fields are required, and so are the texts they explain.
 */
export function missingEasyRead(jsonSchema, value, path = [], out = []) {
  if (Array.isArray(value)) {
    if (jsonSchema?.items)
      value.forEach((v, i) => missingEasyRead(jsonSchema.items, v, [...path, i], out));
    return out;
  }
  if (!isObject(value) || !isObject(jsonSchema)) return out;
  const props = jsonSchema.properties ?? {};
  const at = (key) =>
    [...path, key]
      .map((p) => (typeof p === 'number' ? `[${p}]` : `.${p}`))
      .join('')
      .replace(/^\./, '');
  for (const key of Object.keys(props).filter((k) => /^easy([A-Z]|$)/.test(k))) {
    const base =
      key === 'easy'
        ? MAIN_TEXTS.find((k) => Object.hasOwn(props, k))
        : key[4].toLowerCase() + key.slice(5);
    if (!base || !Object.hasOwn(props, base)) continue;
    const text = value[base];
    const has = (k) => typeof value[k] === 'string' && value[k].trim() !== '';
    if (path.length === 0) {
      if (!has(base))
        out.push(
          `${base} : texte manquant : ajoutez-le, avec sa version « Facile à lire » dans "${key}"`,
        );
      if (!has(key))
        out.push(
          `${key} : version « Facile à lire » manquante : ajoutez "${key}" (le texte de "${base}" en phrases courtes et mots simples)`,
        );
    } else if (typeof text === 'string' && words(text) > 3 && !has(key)) {
      out.push(
        `${at(key)} : version « Facile à lire » manquante : ajoutez "${key}" (le texte de "${base}" en phrases courtes et mots simples)`,
      );
    }
  }
  for (const [key, v] of Object.entries(value)) {
    if (Object.hasOwn(props, key)) missingEasyRead(props[key], v, [...path, key], out);
    else if (isObject(jsonSchema.additionalProperties) && jsonSchema.propertyNames)
      missingEasyRead(jsonSchema.additionalProperties, v, [...path, key], out);
  }
  return out;
}

/** Every `src` a content names (images, screens, avatars), with where it is. */
function sources(value, path = '', out = []) {
  if (Array.isArray(value)) value.forEach((v, i) => sources(v, `${path}[${i}]`, out));
  else if (isObject(value))
    for (const [k, v] of Object.entries(value)) {
      const p = path ? `${path}.${k}` : k;
      if (k === 'src' && typeof v === 'string') out.push({ path: p, src: v });
      else sources(v, p, out);
    }
  return out;
}

const isRelative = (src) => !/^(data:|https:|\/|[a-z][a-z0-9+.-]*:)/i.test(src.trim());

/** The scenario's graph, checked with the scenario package's own functions. */
function graphProblems(story) {
  const out = [];
  if (!isObject(story?.nodes) || typeof story.start !== 'string') return out;
  const seen = scenario.reachable(story);
  const ends = scenario.canEnd(story);
  for (const [id, node] of Object.entries(story.nodes)) {
    const choices = node?.choices ?? [];
    if (!seen.has(id))
      out.push(`nodes.${id} : étape jamais atteinte depuis le départ « ${story.start} »`);
    if (!node?.end && choices.length === 0) out.push(`nodes.${id} : impasse : ni choix ni fin`);
    else if (seen.has(id) && !ends.has(id))
      out.push(`nodes.${id} : aucun chemin ne mène à une fin`);
    for (const c of choices)
      if (!Object.hasOwn(story.nodes, c.next))
        out.push(`nodes.${id} : un choix mène à « ${c.next} », qui n'existe pas`);
  }
  return out;
}

/** An agenda's centres are the five Douai centres of the agenda samples, described the same way. */
function centreProblems(content) {
  const out = [];
  const samples = sampleCentres();
  (Array.isArray(content?.centres) ? content.centres : []).forEach((c, i) => {
    const sample = samples.get(c?.id);
    if (!sample)
      out.push(
        `centres[${i}] : « ${c?.id} » n'est pas un des cinq centres des exemples de l'agenda (${[...samples.keys()].join(', ')})`,
      );
    else if (!isDeepStrictEqual(c, sample))
      out.push(
        `centres[${i}] : le centre « ${c.id} » doit être décrit comme dans packages/agenda/content (mêmes champs, mêmes textes)`,
      );
  });
  return out;
}

const decodeSvg = (src) => {
  const m = /^data:image\/svg\+xml;base64,(.*)$/s.exec(src);
  return m ? Buffer.from(m[1], 'base64').toString('utf8') : undefined;
};

/** The démarche's screens: each inline SVG is its drawing of demarches/screens/, a training mock-up. */
function screenProblems(root, rel, content, used) {
  const out = [];
  const name = basename(rel, '.json');
  for (const step of Array.isArray(content?.steps) ? content.steps : []) {
    const image = step?.screen?.image;
    if (!image || typeof image.src !== 'string') continue;
    const svg = decodeSvg(image.src);
    if (svg === undefined) continue;
    const drawing = `demarches/screens/${name}--${step.id}.svg`;
    used.add(drawing);
    const path = join(root, drawing);
    if (!existsSync(path)) {
      out.push(
        `steps « ${step.id} » : l'écran n'a pas son dessin ${drawing} : ajoutez-le, puis « pnpm --filter @quartiers-douai/contents screens »`,
      );
      continue;
    }
    const file = readFileSync(path, 'utf8');
    if (file !== svg)
      out.push(
        `steps « ${step.id} » : l'écran n'est pas le dessin ${drawing} : lancez « pnpm --filter @quartiers-douai/contents screens »`,
      );
    if (!file.includes('MAQUETTE D’ENTRAÎNEMENT'))
      out.push(`${drawing} : le bandeau « MAQUETTE D’ENTRAÎNEMENT — faux site » manque`);
    if (/<script|href=|<image|@import|url\(|<foreignObject/i.test(file))
      out.push(`${drawing} : un dessin d'écran ne contient ni script, ni lien, ni image externe`);
    const size = /<svg[^>]*\swidth="(\d+)"\s+height="(\d+)"/.exec(file);
    if (!size || Number(size[1]) !== image.width || Number(size[2]) !== image.height)
      out.push(
        `steps « ${step.id} » : width et height doivent être la taille du dessin ${drawing}`,
      );
  }
  const instructions = (content?.steps ?? [])
    .map((s) => `${s?.instruction ?? ''} ${s?.easy ?? ''}`.toLowerCase())
    .join(' ');
  for (const g of content?.glossary ?? [])
    if (typeof g?.term === 'string' && !instructions.includes(g.term.toLowerCase()))
      out.push(
        `glossary : le mot « ${g.term} » n'apparaît dans aucune consigne : il ne sera jamais expliqué`,
      );
  return out;
}

/** The catalogue: every content once, with all its metadata, matching the content. */
function indexProblems(root, files, contents) {
  const out = [];
  const at = (msg) => out.push(`index.json : ${msg}`);
  const path = join(root, 'index.json');
  if (!existsSync(path)) {
    at('le catalogue manque : créez index.json');
    return out;
  }
  let index;
  try {
    index = JSON.parse(readFileSync(path, 'utf8'));
  } catch (e) {
    at(`ce n'est pas du JSON valide (${e.message})`);
    return out;
  }
  const schema = JSON.parse(readFileSync(new URL('../index.schema.json', import.meta.url), 'utf8'));
  const validate = ajv.getSchema(schema.$id) ?? ajv.compile(schema);
  if (!validate(index)) for (const e of ajvErrors(validate.errors)) at(`${e} (index.schema.json)`);
  const centres = sampleCentres();
  const listed = Array.isArray(index?.centres) ? index.centres : [];
  const ids = new Set(listed.map((c) => c?.id));
  for (const c of listed)
    if (centres.get(c?.id)?.name !== c?.name)
      at(
        `centres : « ${c?.id} » (${c?.name}) n'est pas un des cinq centres des exemples de l'agenda (${[...centres.keys()].join(', ')})`,
      );
  for (const id of centres.keys()) if (!ids.has(id)) at(`centres : le centre « ${id} » manque`);
  const seen = new Map();
  for (const [i, entry] of (Array.isArray(index?.contents) ? index.contents : []).entries()) {
    const file = entry?.file;
    const here = `contents[${i}] (${file})`;
    if (seen.has(file))
      at(
        `${here} : le fichier est déjà listé (contents[${seen.get(file)}]) : gardez une seule fiche par contenu`,
      );
    else seen.set(file, i);
    if (!files.includes(file)) {
      at(`${here} : ce fichier n'existe pas dans la bibliothèque`);
      continue;
    }
    if (entry.prototype !== file.split('/')[0])
      at(
        `${here} : prototype « ${entry.prototype} » : le fichier est dans le dossier ${file.split('/')[0]}/`,
      );
    if (!ids.has(entry.centre))
      at(`${here} : le centre « ${entry.centre} » n'est pas dans "centres"`);
    if (typeof entry.lastChecked === 'string' && !isDate(entry.lastChecked))
      at(
        `${here} : lastChecked « ${entry.lastChecked} » n'est pas une date qui existe (AAAA-MM-JJ)`,
      );
    const content = contents.get(file);
    const audience = AUDIENCE_OF[content?.audience];
    if (audience && entry.audience !== audience)
      at(
        `${here} : audience « ${entry.audience} » alors que le contenu est pour « ${content.audience} » (${audience})`,
      );
    if (content?.lastChecked !== undefined && content.lastChecked !== entry.lastChecked)
      at(
        `${here} : lastChecked « ${entry.lastChecked} » alors que le contenu dit « ${content.lastChecked} »`,
      );
  }
  for (const file of files)
    if (!seen.has(file))
      at(`le fichier ${file} n'est pas listé dans "contents" : ajoutez sa fiche`);
  return out;
}

const isDate = (s) => {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return false;
  const d = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3]));
  return d.getUTCFullYear() === +m[1] && d.getUTCMonth() === +m[2] - 1 && d.getUTCDate() === +m[3];
};

/** The content files of a library, as paths relative to it (`quiz/les-ecrans-et-moi.json`). */
export function libraryFiles(root) {
  return Object.keys(PROTOTYPES)
    .filter((p) => existsSync(join(root, p)))
    .flatMap((p) =>
      readdirSync(join(root, p))
        .filter((f) => f.endsWith('.json') && statSync(join(root, p, f)).isFile())
        .sort()
        .map((f) => `${p}/${f}`),
    );
}

/** Checks the library in `root`; returns its problems (French sentences), none when it is fine. */
export function checkLibrary(root) {
  root = resolve(root);
  const problems = [];
  const files = libraryFiles(root);
  const contents = new Map();
  const usedDrawings = new Set();
  for (const file of files) {
    const add = (msg) => problems.push(`${file} : ${msg}`);
    const name = file.split('/')[0];
    const proto = PROTOTYPES[name];
    const path = join(root, file);
    let content;
    try {
      content = JSON.parse(readFileSync(path, 'utf8'));
    } catch (e) {
      add(`ce n'est pas du JSON valide (${e.message})`);
      continue;
    }
    contents.set(file, content);
    const { path: schemaPath, validate } = jsonSchemaOf(name);
    const expected = relative(dirname(path), schemaPath).split(sep).join('/');
    if (content?.$schema !== expected)
      add(`"$schema" doit être "${expected}" (le schema.json du paquet @quartiers-douai/${name})`);
    const r = validateWithZod(proto, name, content, path);
    if (!r.ok) for (const p of r.problems) add(`schéma zod : ${problemToString(p)}`);
    else for (const w of r.warnings) add(`schéma zod : ${problemToString(w)}`);
    if (!validate(content)) for (const e of ajvErrors(validate.errors)) add(`schema.json : ${e}`);
    for (const msg of missingEasyRead(jsonSchemaOf(name).schema, content)) add(msg);
    for (const { path: p, src } of sources(content)) {
      if (!isRelative(src)) continue;
      const target = resolve(dirname(path), src);
      if (isAbsolute(relative(root, target)) || relative(root, target).startsWith('..'))
        add(`${p} : « ${src} » sort de la bibliothèque : mettez le fichier dans contents/`);
      else if (!existsSync(target)) add(`${p} : le fichier « ${src} » n'existe pas`);
    }
    if (name === 'scenario') for (const msg of graphProblems(content)) add(`graphe : ${msg}`);
    if (name === 'agenda') for (const msg of centreProblems(content)) add(msg);
    if (name === 'demarches')
      for (const msg of screenProblems(root, file, content, usedDrawings)) add(msg);
  }
  const screens = join(root, 'demarches', 'screens');
  if (existsSync(screens))
    for (const f of readdirSync(screens).filter((n) => n.endsWith('.svg')))
      if (!usedDrawings.has(`demarches/screens/${f}`))
        problems.push(
          `demarches/screens/${f} : ce dessin n'est l'écran d'aucune étape (fichier--étape.svg)`,
        );
  problems.push(...indexProblems(root, files, contents));
  return problems;
}
