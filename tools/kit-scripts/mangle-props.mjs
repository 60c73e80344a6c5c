// Size work in the build, not in the sources (issue #22, docs/decisions/0017): the CDN bundles
// shorten the names of our classes' `private` and `protected` members (`this.focusAfterRender` →
// `this.a`), as Lit's own release build shortens its `_`-prefixed names. Sources keep their
// long, honest names; npm users get them unchanged (only dist/cdn is mangled).
//
// A name is shortened only when nothing outside our classes can see it. It is kept when it also
// appears as: a public member of any of our classes; a property of an interface or type; a key of
// an object literal (but the keys of Lit's `static properties`, which name the members
// themselves); a destructured property; an exported name; a word of any string or template text of
// ours (`changed.has('screen')`, `.checked=${…}` in a template, a CSS part); any word of the
// libraries' code (Lit, zod); a DOM property (terser's list); a key of any content file or JSON
// Schema of the kit. The same short name is used in every file of a bundle (a part calls its
// element's protected methods), and no short name is a word the bundle already uses.
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import ts from 'typescript';

const require = createRequire(import.meta.url);
const WORD = /[A-Za-z_$][\w$]*/g;

/** Terser's list of DOM property names (its `tools/domprops.js`). */
function domProps() {
  const file = join(dirname(require.resolve('terser/package.json')), 'tools/domprops.js');
  return new Set(
    readFileSync(file, 'utf8')
      .match(/"[A-Za-z_$][\w$]*"/g)
      .map((s) => s.slice(1, -1)),
  );
}

/** Every key of every JSON file under the packages' content/ folders and of their schema.json. */
function contentKeys(packagesDir) {
  const keys = new Set();
  if (!packagesDir || !existsSync(packagesDir)) return keys;
  const visit = (v) => {
    if (Array.isArray(v)) v.forEach(visit);
    else if (v && typeof v === 'object')
      for (const [k, x] of Object.entries(v)) {
        keys.add(k);
        visit(x);
      }
  };
  const walk = (dir) => {
    for (const d of readdirSync(dir, { withFileTypes: true })) {
      const p = join(dir, d.name);
      if (d.isDirectory()) walk(p);
      else if (d.name.endsWith('.json')) visit(JSON.parse(readFileSync(p, 'utf8')));
    }
  };
  for (const pkg of readdirSync(packagesDir)) {
    if (existsSync(join(packagesDir, pkg, 'content'))) walk(join(packagesDir, pkg, 'content'));
    if (existsSync(join(packagesDir, pkg, 'schema.json')))
      visit(JSON.parse(readFileSync(join(packagesDir, pkg, 'schema.json'), 'utf8')));
  }
  return keys;
}

const hasModifier = (node, kind) =>
  ts.canHaveModifiers(node) && (ts.getModifiers(node) ?? []).some((m) => m.kind === kind);

const nameText = (name) =>
  name && (ts.isIdentifier(name) || ts.isStringLiteral(name) || ts.isPrivateIdentifier(name))
    ? name.text
    : undefined;

/** The `static properties = { … }` object of a Lit element, whose keys name its members. */
const isStaticProperties = (node) =>
  ts.isObjectLiteralExpression(node) &&
  ts.isPropertyDeclaration(node.parent) &&
  hasModifier(node.parent, ts.SyntaxKind.StaticKeyword) &&
  nameText(node.parent.name) === 'properties';

/**
 * What one TypeScript source says: `candidates` (private and protected members), `kept` (names
 * others can see).
 */
export function scanSource(code, fileName) {
  const candidates = new Set();
  const kept = new Set();
  const keepWords = (text) => {
    for (const w of text.match(WORD) ?? []) kept.add(w);
  };
  const sf = ts.createSourceFile(fileName, code, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const visit = (node) => {
    if (ts.isClassElement(node) && node.name && !ts.isClassStaticBlockDeclaration(node)) {
      const n = nameText(node.name);
      if (n && !ts.isConstructorDeclaration(node)) {
        if (
          hasModifier(node, ts.SyntaxKind.PrivateKeyword) ||
          hasModifier(node, ts.SyntaxKind.ProtectedKeyword)
        )
          candidates.add(n);
        else kept.add(n);
      }
    } else if (ts.isParameter(node) && ts.isConstructorDeclaration(node.parent)) {
      // `constructor(private readonly host: …)`: a member declared by its parameter.
      const n = ts.isIdentifier(node.name) ? node.name.text : undefined;
      const hidden =
        hasModifier(node, ts.SyntaxKind.PrivateKeyword) ||
        hasModifier(node, ts.SyntaxKind.ProtectedKeyword);
      if (n && hidden) candidates.add(n);
      else if (n && ts.canHaveModifiers(node) && (ts.getModifiers(node) ?? []).length) kept.add(n);
    } else if (ts.isPropertySignature(node) || ts.isMethodSignature(node)) {
      const n = nameText(node.name);
      if (n) kept.add(n);
    } else if (
      ts.isPropertyAssignment(node) ||
      ts.isShorthandPropertyAssignment(node) ||
      ts.isMethodDeclaration(node) ||
      ts.isGetAccessorDeclaration(node) ||
      ts.isSetAccessorDeclaration(node)
    ) {
      if (ts.isObjectLiteralExpression(node.parent)) {
        const n = nameText(node.name);
        // A Lit reactive property named by its member: shortened with it, unless its attribute
        // would be named after it (no `attribute` and not `state`).
        const declares =
          isStaticProperties(node.parent) &&
          ts.isPropertyAssignment(node) &&
          ts.isObjectLiteralExpression(node.initializer) &&
          node.initializer.properties.some((p) =>
            ['state', 'attribute'].includes(nameText(p.name) ?? ''),
          );
        if (n && !declares) kept.add(n);
      }
    } else if (ts.isBindingElement(node)) {
      const n = nameText(node.propertyName ?? node.name);
      if (n) kept.add(n);
    } else if (ts.isExportSpecifier(node)) {
      kept.add(node.name.text);
      if (node.propertyName) kept.add(nameText(node.propertyName));
    } else if (ts.isEnumMember(node)) {
      const n = nameText(node.name);
      if (n) kept.add(n);
    } else if (
      ts.isStringLiteral(node) ||
      ts.isNoSubstitutionTemplateLiteral(node) ||
      ts.isTemplateHead(node) ||
      ts.isTemplateMiddle(node) ||
      ts.isTemplateTail(node) ||
      ts.isRegularExpressionLiteral(node)
    ) {
      keepWords(node.text);
    }
    if (
      (ts.isFunctionDeclaration(node) ||
        ts.isClassDeclaration(node) ||
        ts.isVariableStatement(node)) &&
      hasModifier(node, ts.SyntaxKind.ExportKeyword)
    ) {
      if (node.name) kept.add(node.name.text);
      if (ts.isVariableStatement(node))
        for (const d of node.declarationList.declarations)
          if (ts.isIdentifier(d.name)) kept.add(d.name.text);
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return { candidates, kept };
}

/** Short names: a, b, …, Z, aa, ab, … */
function* shortNames() {
  const first = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';
  const rest = first + '0123456789';
  for (let len = 1; ; len++) {
    const total = first.length * rest.length ** (len - 1);
    for (let i = 0; i < total; i++) {
      let n = i;
      let s = first[n % first.length];
      n = Math.floor(n / first.length);
      for (let k = 1; k < len; k++) {
        s += rest[n % rest.length];
        n = Math.floor(n / rest.length);
      }
      yield s;
    }
  }
}

/**
 * A Rollup plugin that learns the names to shorten while the bundle is built, and `terser()`,
 * the options to give terser for every file of that bundle (the same mapping in each).
 * @param {{ packagesDir: string }} options
 */
export function manglePrivateNames({ packagesDir }) {
  const candidates = new Set();
  const kept = new Set([...domProps(), ...contentKeys(packagesDir)]);
  /** @type {Record<string, string> | undefined} */
  let mapping;
  return {
    plugin: {
      name: 'qd-mangle-private-names',
      transform(code, id) {
        if (id.includes('node_modules')) {
          for (const w of code.match(WORD) ?? []) kept.add(w);
          return null;
        }
        if (!id.endsWith('.ts')) {
          for (const w of code.match(WORD) ?? []) kept.add(w);
          return null;
        }
        const r = scanSource(code, id);
        for (const c of r.candidates) candidates.add(c);
        for (const k of r.kept) kept.add(k);
        return null;
      },
      renderStart() {
        const names = [...candidates].filter((n) => !kept.has(n) && n.length > 2).sort();
        const taken = new Set(kept);
        for (const c of candidates) taken.add(c);
        const gen = shortNames();
        mapping = {};
        for (const n of names) {
          let s;
          do s = gen.next().value;
          while (taken.has(s));
          taken.add(s);
          mapping[n] = s;
        }
      },
    },
    /** terser options for one file of the bundle (call after the build has started rendering). */
    terser() {
      if (!mapping) throw new Error('manglePrivateNames: terser() avant renderStart');
      const names = Object.keys(mapping);
      if (names.length === 0) return {};
      return {
        mangle: {
          properties: {
            regex: new RegExp(`^(?:${names.map((n) => n.replace(/\$/g, '\\$')).join('|')})$`),
            keep_quoted: true,
          },
        },
        nameCache: {
          props: { props: Object.fromEntries(names.map((n) => [`$${n}`, mapping[n]])) },
        },
      };
    },
    /** The names shortened, for reports and tests. */
    get mapping() {
      return mapping ?? {};
    },
  };
}
