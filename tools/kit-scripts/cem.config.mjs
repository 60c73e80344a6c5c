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

export default {
  packagejson: false,
  litelement: true,
  plugins: [defineElementCallsPlugin()],
};
