// Custom Elements Manifest analyzer config for qd-build (step 3).
// - packagejson: false — the analyzer must never rewrite a package's "customElements" field.
// - The kit registers elements with core's guarded `defineElement('qd-x', QdX)` (safe to load
//   twice), which the analyzer does not know: this plugin reads those calls like it reads
//   `customElements.define('qd-x', QdX)`, so each element gets its `tagName` in the manifest.
import { resolveModuleOrPackageSpecifier } from '@custom-elements-manifest/analyzer/src/utils/index.js';

function defineElementCallsPlugin() {
  return {
    name: 'qd-define-element-calls',
    analyzePhase({ ts, node, moduleDoc, context }) {
      if (node?.kind !== ts.SyntaxKind.CallExpression) return;
      const callee = node.expression;
      if (!callee || callee.kind !== ts.SyntaxKind.Identifier || callee.text !== 'defineElement')
        return;
      const [tagArg, classArg] = node.arguments;
      if (
        !tagArg ||
        !ts.isStringLiteralLike(tagArg) ||
        !classArg ||
        classArg.kind !== ts.SyntaxKind.Identifier
      )
        return;
      const definition = {
        kind: 'custom-element-definition',
        name: tagArg.text,
        declaration: {
          name: classArg.text,
          ...resolveModuleOrPackageSpecifier(moduleDoc, context, classArg.text),
        },
      };
      moduleDoc.exports = [...(moduleDoc.exports ?? []), definition];
    },
  };
}

/**
 * Elements declare their reactive properties in `static properties` (no decorators, ADR 0013).
 * The analyzer turns every entry into an attribute, internal states (`{ state: true }`) too:
 * this plugin drops the attributes of those states, which have none.
 */
function staticStatesPlugin() {
  /** module path → names declared `{ state: true }` in a `static properties` of that module */
  const states = new Map();
  return {
    name: 'qd-static-states',
    analyzePhase({ ts, node, moduleDoc }) {
      if (!node || !ts.isPropertyDeclaration(node) || node.name?.getText() !== 'properties') return;
      if (!node.modifiers?.some((m) => m.kind === ts.SyntaxKind.StaticKeyword)) return;
      const init = node.initializer;
      if (!init || !ts.isObjectLiteralExpression(init)) return;
      const names = states.get(moduleDoc.path) ?? new Set();
      for (const prop of init.properties) {
        if (!ts.isPropertyAssignment(prop) || !ts.isObjectLiteralExpression(prop.initializer))
          continue;
        const isState = prop.initializer.properties.some(
          (p) =>
            ts.isPropertyAssignment(p) &&
            p.name.getText() === 'state' &&
            p.initializer.kind === ts.SyntaxKind.TrueKeyword,
        );
        if (isState) names.add(prop.name.getText());
      }
      states.set(moduleDoc.path, names);
    },
    moduleLinkPhase({ moduleDoc }) {
      const names = states.get(moduleDoc.path);
      if (!names?.size) return;
      for (const d of moduleDoc.declarations ?? []) {
        if (d.attributes) d.attributes = d.attributes.filter((a) => !names.has(a.fieldName));
        for (const m of d.members ?? []) if (names.has(m.name)) delete m.attribute;
      }
    },
  };
}

/**
 * A class marked `@internal` (an element another element renders, like the poll's later screens)
 * is not the package's API: the analyzer skips its export but still lists the class and its tag.
 * This plugin drops both, so that the manifest, Storybook and the release checks show only what
 * a page may use.
 */
function internalClassesPlugin() {
  /** module path → names of the classes marked `@internal` in it */
  const internal = new Map();
  return {
    name: 'qd-internal-classes',
    analyzePhase({ ts, node, moduleDoc }) {
      if (!node || !ts.isClassDeclaration(node) || !node.name) return;
      const tagged = node.jsDoc?.some((doc) =>
        doc.tags?.some((tag) => tag.tagName?.getText() === 'internal'),
      );
      if (!tagged) return;
      const names = internal.get(moduleDoc.path) ?? new Set();
      names.add(node.name.getText());
      internal.set(moduleDoc.path, names);
    },
    packageLinkPhase({ customElementsManifest }) {
      for (const m of customElementsManifest.modules ?? []) {
        const names = internal.get(m.path);
        if (!names?.size) continue;
        m.declarations = (m.declarations ?? []).filter((d) => !names.has(d.name));
        m.exports = (m.exports ?? []).filter((e) => !names.has(e.declaration?.name));
      }
    },
  };
}

export default {
  packagejson: false,
  litelement: true,
  plugins: [defineElementCallsPlugin(), staticStatesPlugin(), internalClassesPlugin()],
};
