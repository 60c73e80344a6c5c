// The kit's Custom Elements Manifest plugins (cem.config.mjs), run on a small module like the
// kit's: what the manifest (and Storybook, and the release checks) show of a package.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { create, ts } from '@custom-elements-manifest/analyzer';
import { addFrameworkPlugins } from '@custom-elements-manifest/analyzer/src/utils/cli-helpers.js';
import config from '../cem.config.mjs';

// As the command does: the framework plugins (`litelement: true`), then the config's.
const plugins = [...(await addFrameworkPlugins(config)), ...config.plugins];

function manifest(source) {
  const modules = [ts.createSourceFile('src/x.ts', source, ts.ScriptTarget.ES2022, true)];
  return create({ modules, plugins, context: { dev: false } });
}
const elements = (m) =>
  m.modules.flatMap((x) => x.declarations ?? []).filter((d) => d.customElement);

const source = `
import { LitElement } from 'lit';
import { defineElement } from '@quartiers-douai/core';

/** A public element. */
export class QdPublic extends LitElement {
  static properties = { size: {}, open: { state: true } };
}

/**
 * An element another element renders.
 *
 * @internal Rendered by <qd-public> only.
 */
export class QdInside extends LitElement {}

defineElement('qd-public', QdPublic);
defineElement('qd-inside', QdInside);
`;

test('an element registered with defineElement() gets its tag; its states are not attributes', () => {
  const [pub] = elements(manifest(source));
  assert.equal(pub.tagName, 'qd-public');
  assert.deepEqual(
    pub.attributes.map((a) => a.name),
    ['size'],
  );
});

test('a class marked @internal is neither listed nor exported, nor is its tag', () => {
  const m = manifest(source);
  assert.deepEqual(
    elements(m).map((d) => d.name),
    ['QdPublic'],
  );
  const exported = m.modules.flatMap((x) => x.exports ?? []).map((e) => e.name);
  assert.ok(!exported.includes('QdInside'), exported.join(', '));
  assert.ok(!exported.includes('qd-inside'), exported.join(', '));
  assert.ok(exported.includes('qd-public'), exported.join(', '));
});
