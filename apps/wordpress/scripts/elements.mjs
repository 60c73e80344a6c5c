// The elements an author places, read from the kit itself: every tag a prototype's define module
// registers (`defineElement('qd-x', …)`, `defineOnDemand('qd-x', …)` in src/define*.ts), with the
// (a class named by an identifier), with the attributes its Custom Elements Manifest gives (the package's custom-elements.json, plus those of
// core's base element, documented by `@attr` on QdContentElement in core's source, which the
// package's manifest names only as a superclass from another package).
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = fileURLToPath(new URL('../../..', import.meta.url));
const packagesDir = join(repoRoot, 'packages');
const readJson = (file) => JSON.parse(readFileSync(file, 'utf8'));

/** The ten prototypes: every package with a `qd.tag` (core has none). */
export function prototypes() {
  return readdirSync(packagesDir)
    .filter((name) => existsSync(join(packagesDir, name, 'package.json')))
    .map((name) => ({
      name,
      dir: join(packagesDir, name),
      pkg: readJson(join(packagesDir, name, 'package.json')),
    }))
    .filter((p) => p.pkg.qd?.tag)
    .sort((a, b) => a.name.localeCompare(b.name));
}

/**
 * A prototype's define modules, as runtime entries: `<package>` for src/define.ts, and each
 * `qd.extraCdn` entry under its CDN file's name (`jury`, `audience-vote`, `cv-preview`…).
 */
export function defineEntries(p) {
  const entries = [{ name: p.name, file: join(p.dir, 'src/define.ts') }];
  for (const [file, spec] of Object.entries(p.pkg.qd.extraCdn ?? {}))
    entries.push({ name: file.replace(/\.js$/, ''), file: join(p.dir, spec.entry) });
  return entries;
}

// A class named by an identifier (a public element); `QdTutoMaker.formElements.about` and the like
// are the inner parts of an element, not placed by an author.
const DEFINE_CALL = /define(?:Element\(\s*'(qd-[\w-]+)',\s*\w+\s*\)|OnDemand\(\s*'(qd-[\w-]+)')/g;

/** Core's `@attr {type} name - description` lines of its base element (JSDoc). */
function coreAttributes() {
  const source = readFileSync(join(packagesDir, 'core/src/element/qd-element.ts'), 'utf8');
  const doc = source.slice(0, source.indexOf('export abstract class QdContentElement'));
  // `storage` is a StorageArea (storage/records.ts): its values, as the manifest would write them.
  const areas = readFileSync(join(packagesDir, 'core/src/storage/records.ts'), 'utf8').match(
    /export type StorageArea = ([^;]+);/,
  )?.[1];
  return [...doc.matchAll(/@attr (?:\{(\w+)\} )?([\w-]+) - (.+)/g)].map(
    ([, type, name, description]) => ({
      name,
      type: { text: name === 'storage' && areas ? areas : (type ?? 'string') },
      description: description.trim(),
      fromCore: true,
    }),
  );
}

/** The declaration of `name` in a package's manifest, with its module's path. */
function declarationOf(manifest, test) {
  for (const mod of manifest.modules) for (const d of mod.declarations ?? []) if (test(d)) return d;
  return undefined;
}

/**
 * A superclass the analyzer left out of the manifest (an abstract class between two others): its
 * own superclass, read from its source (`class X … extends Y`), as the manifest would name it.
 */
function superclassFromSource(dir, sup) {
  const file = join(dir, sup.module.replace(/^\//, '').replace(/\.js$/, '.ts'));
  if (!existsSync(file)) return undefined;
  const m = readFileSync(file, 'utf8').match(
    new RegExp(`class ${sup.name}\\b[^{]*?extends (\\w+)`),
  );
  return m ? { name: m[1] } : undefined;
}

/** Attributes of a declaration, inherited ones included (within the package, then core's). */
function attributesOf(manifest, decl, core, dir) {
  const own = [...(decl.attributes ?? [])];
  const seen = new Set(own.map((a) => a.name));
  const inherit = (attributes) => {
    for (const a of attributes)
      if (!seen.has(a.name)) {
        own.push(a);
        seen.add(a.name);
      }
  };
  let sup = decl.superclass;
  for (let depth = 0; sup && depth < 10; depth += 1) {
    if (sup.package === '@quartiers-douai/core') {
      if (sup.name === 'QdContentElement') inherit(core);
      break;
    }
    const parent = declarationOf(manifest, (d) => d.name === sup.name && d.kind === 'class');
    if (!parent) {
      sup = sup.module ? superclassFromSource(dir, sup) : undefined;
      continue;
    }
    inherit(parent.attributes ?? []);
    sup = parent.superclass;
  }
  return own;
}

/**
 * Every public element of the kit: `{ tag, block, prototype, entry, description, attributes }`.
 * `entry` is the runtime entry to load for it (the smallest define module that registers it).
 */
export function kitElements() {
  const core = coreAttributes();
  const elements = [];
  for (const p of prototypes()) {
    const manifestFile = join(p.dir, 'custom-elements.json');
    if (!existsSync(manifestFile))
      throw new Error(
        `${manifestFile} manque : construisez le paquet (pnpm --filter @quartiers-douai/${p.name} build)`,
      );
    const manifest = readJson(manifestFile);
    const byTag = new Map();
    for (const entry of defineEntries(p)) {
      const tags = [...readFileSync(entry.file, 'utf8').matchAll(DEFINE_CALL)].map(
        (m) => m[1] ?? m[2],
      );
      for (const tag of tags) {
        const known = byTag.get(tag);
        if (!known || known.count > tags.length)
          byTag.set(tag, { entry: entry.name, count: tags.length });
      }
    }
    for (const [tag, { entry }] of byTag) {
      const decl = declarationOf(manifest, (d) => d.customElement && d.tagName === tag);
      if (!decl) throw new Error(`<${tag}> n'est pas dans ${manifestFile}`);
      elements.push({
        tag,
        block: `quartiers-douai/${tag.replace(/^qd-/, '')}`,
        prototype: p.name,
        title: p.pkg.qd.title,
        entry,
        description: (decl.summary ?? decl.description ?? '').split('\n')[0],
        attributes: attributesOf(manifest, decl, core, p.dir),
      });
    }
  }
  return elements;
}

/** What the kit sets itself: `src` is the content's address (or the site's results file). */
const SET_BY_THE_KIT = new Set(['src']);

/**
 * The block's view of an element attribute: `{ name, kind, options?, description }`, `kind` being
 * `boolean` (present or absent), `choice` (a three-way one: default, on = present, off = "false"),
 * `number`, `enum` (its `options`; '' = the element's default) or `string`. Null for what the kit
 * sets itself.
 */
export function settingOf(attribute) {
  if (SET_BY_THE_KIT.has(attribute.name)) return null;
  const type = (attribute.type?.text ?? 'string').replace(/\s*\|\s*undefined/, '').trim();
  const base = { name: attribute.name, description: attribute.description ?? '' };
  if (type === 'boolean')
    return /`"false"`/.test(base.description)
      ? { ...base, kind: 'choice' }
      : { ...base, kind: 'boolean' };
  if (type === 'number') return { ...base, kind: 'number' };
  const literals = type.split('|').map((t) => t.trim());
  if (literals.length > 1 && literals.every((t) => /^'[^']*'$/.test(t)))
    return { ...base, kind: 'enum', options: literals.map((t) => t.slice(1, -1)) };
  return { ...base, kind: 'string' };
}

/** The HTML `lang` of the element (its interface's language), offered on every block. */
export const LANG_SETTING = {
  name: 'lang',
  kind: 'enum',
  options: ['fr', 'en', 'ar'],
  description: "Language of the element's interface (fr, en, ar); default: the page's.",
};

/** What every element has, shown first: language, easy-read, read-aloud, storage, kiosk. */
const FIRST = ['lang', 'easy', 'read-aloud', 'storage', 'kiosk-timeout'];

/** An element's block settings: `lang` and its manifest attributes (but `src`), common ones first. */
export function settingsOf(element) {
  const all = [LANG_SETTING, ...element.attributes.map(settingOf).filter(Boolean)];
  const rank = (s) => (FIRST.includes(s.name) ? FIRST.indexOf(s.name) : FIRST.length);
  return all.sort((a, b) => rank(a) - rank(b));
}

/** block.json's attribute for a setting. */
export function blockAttribute(setting) {
  switch (setting.kind) {
    case 'boolean':
      return { type: 'boolean', default: false };
    case 'number':
      return { type: 'number' };
    case 'choice':
      return { type: 'string', enum: ['', 'true', 'false'], default: '' };
    case 'enum':
      return { type: 'string', enum: ['', ...setting.options], default: '' };
    default:
      return { type: 'string', default: '' };
  }
}
