// What ships holds together: in a folder of CDN files (a package's dist/cdn, an embed lib/ folder),
// every import between two files finds its file and every name it asks for, as a browser would
// link them (ES module rules, `export *` included: a name two star exports both give is
// ambiguous and exported by neither — the poll of 7 December died of it). Every file loaded with
// `import()` exists, and manifest.json lists each file with the hash it really has.
//
// Parsed with Rollup's own parser (an ESTree AST, not regular expressions over minified code).
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, posix } from 'node:path';
import { parseAst } from 'rollup/parseAst';

const nameOf = (node) => (node.type === 'Literal' ? String(node.value) : node.name);

/** The imports and exports of one module's source. */
export function moduleLinks(code) {
  const ast = parseAst(code);
  const out = { imports: [], stars: [], dynamic: [], exports: new Set(), reexports: [] };
  const walk = (node) => {
    if (!node || typeof node.type !== 'string') return;
    if (node.type === 'ImportExpression' && node.source.type === 'Literal')
      out.dynamic.push(String(node.source.value));
    for (const key of Object.keys(node)) {
      const v = node[key];
      if (Array.isArray(v)) v.forEach(walk);
      else if (v && typeof v === 'object' && key !== 'parent') walk(v);
    }
  };
  for (const node of ast.body) {
    if (node.type === 'ImportDeclaration') {
      const names = node.specifiers
        .filter((s) => s.type === 'ImportSpecifier' || s.type === 'ImportDefaultSpecifier')
        .map((s) => (s.type === 'ImportDefaultSpecifier' ? 'default' : nameOf(s.imported)));
      out.imports.push({ from: String(node.source.value), names });
    } else if (node.type === 'ExportAllDeclaration') {
      if (node.exported) out.exports.add(nameOf(node.exported));
      else out.stars.push(String(node.source.value));
    } else if (node.type === 'ExportNamedDeclaration') {
      if (node.declaration) {
        const d = node.declaration;
        if (d.type === 'VariableDeclaration')
          for (const decl of d.declarations) collectIds(decl.id, out.exports);
        else if (d.id) out.exports.add(d.id.name);
      }
      for (const s of node.specifiers ?? []) out.exports.add(nameOf(s.exported));
      if (node.source)
        out.reexports.push({
          from: String(node.source.value),
          names: (node.specifiers ?? []).map((s) => nameOf(s.local)),
        });
    } else if (node.type === 'ExportDefaultDeclaration') out.exports.add('default');
    walk(node);
  }
  return out;
}

function collectIds(pattern, into) {
  if (!pattern) return;
  if (pattern.type === 'Identifier') into.add(pattern.name);
  else if (pattern.type === 'ObjectPattern')
    for (const p of pattern.properties)
      collectIds(p.type === 'RestElement' ? p.argument : p.value, into);
  else if (pattern.type === 'ArrayPattern') for (const e of pattern.elements) collectIds(e, into);
  else if (pattern.type === 'RestElement') collectIds(pattern.argument, into);
  else if (pattern.type === 'AssignmentPattern') collectIds(pattern.left, into);
}

/**
 * Checks a folder of CDN files. Returns French problems (empty when all holds), each naming the
 * file and what is missing.
 * @param {string} dir
 * @param {{ manifest?: boolean }} [options] `manifest: false` for a folder without manifest.json
 */
export function checkCdnFolder(dir, { manifest = true } = {}) {
  const problems = [];
  const files = readdirSync(dir).filter((f) => f.endsWith('.js'));
  const links = new Map();
  for (const f of files) {
    try {
      links.set(f, moduleLinks(readFileSync(join(dir, f), 'utf8')));
    } catch (e) {
      problems.push(`${f} : illisible comme module JavaScript (${e.message})`);
    }
  }
  /** Relative specifier → file name in the folder, or undefined for anything else. */
  const target = (from, spec) => {
    if (!/^\.\.?\//.test(spec)) return undefined;
    return posix.normalize(posix.join(posix.dirname(from), spec.split(/[?#]/)[0]));
  };
  /** Names a module exports, ES rules: own, then star exports minus the ambiguous ones. */
  const exportsOf = (file, seen = new Set()) => {
    const l = links.get(file);
    if (!l || seen.has(file)) return new Set();
    seen.add(file);
    const own = new Set(l.exports);
    const fromStars = new Map();
    for (const s of l.stars) {
      const t = target(file, s);
      for (const n of t ? exportsOf(t, new Set(seen)) : []) {
        if (n === 'default' || own.has(n)) continue;
        fromStars.set(n, fromStars.has(n) && fromStars.get(n) !== t ? null : t);
      }
    }
    for (const [n, from] of fromStars) if (from !== null) own.add(n);
    return own;
  };
  for (const [file, l] of links) {
    const external = [...l.imports, ...l.reexports].map((i) => i.from).concat(l.stars, l.dynamic);
    for (const spec of external)
      if (!/^\.\.?\//.test(spec))
        problems.push(
          `${file} : importe « ${spec} », hors du dossier (un fichier CDN ne dépend que de ses voisins)`,
        );
    for (const i of [...l.imports, ...l.reexports]) {
      const t = target(file, i.from);
      if (!t) continue;
      if (!links.has(t)) {
        problems.push(`${file} : importe ${i.from}, absent du dossier`);
        continue;
      }
      const given = exportsOf(t);
      const missing = i.names.filter((n) => !given.has(n));
      if (missing.length)
        problems.push(
          `${file} : importe { ${missing.join(', ')} } de ${i.from}, qui ne les exporte pas (le navigateur refuserait le module : SyntaxError)`,
        );
    }
    for (const s of [...l.stars, ...l.dynamic]) {
      const t = target(file, s);
      if (t && !links.has(t)) problems.push(`${file} : charge ${s}, absent du dossier`);
    }
  }
  if (manifest) problems.push(...checkManifest(dir, files));
  return problems;
}

const sri = (bytes) => 'sha384-' + createHash('sha384').update(bytes).digest('base64');

/** manifest.json: the main file, its chunks and extra bundles, each present with its own hash. */
function checkManifest(dir, files) {
  const file = join(dir, 'manifest.json');
  if (!existsSync(file)) return ['manifest.json manquant'];
  const m = JSON.parse(readFileSync(file, 'utf8'));
  const listed = new Map([[m.file, m.integrity]]);
  for (const [f, c] of Object.entries(m.chunks ?? {})) listed.set(f, c.integrity);
  for (const [f, c] of Object.entries(m.extra ?? {})) listed.set(f, c.integrity);
  const problems = [];
  for (const [f, integrity] of listed) {
    if (!existsSync(join(dir, f))) problems.push(`manifest.json : ${f} est listé mais absent`);
    else if (sri(readFileSync(join(dir, f))) !== integrity)
      problems.push(`manifest.json : l'empreinte de ${f} ne correspond pas au fichier`);
  }
  for (const f of files)
    if (!listed.has(f))
      problems.push(`${f} : présent mais absent de manifest.json (sans empreinte SRI)`);
  return problems;
}
