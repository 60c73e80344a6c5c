// Private names shortened in the CDN build (mangle-props.mjs): what may be shortened, what must
// keep its name, and a bundle whose part calls its element's protected method still works.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { scanSource } from '../mangle-props.mjs';
import { buildCdnBundle } from '../cdn-bundle.mjs';

test('private and protected members are candidates; what others can see is kept', () => {
  const { candidates, kept } = scanSource(
    `
    interface Detail { answers: string[] }
    export class Poll {
      static properties = { screen: { state: true }, layout: {}, hidden: { attribute: 'x' } };
      private screen = 'intro';
      private answers: string[] = [];
      protected renderIntro() { return 1; }
      private layout = 'page';
      private hidden = false;
      private watched = 0;
      title = '';
      send(): Detail { return { answers: this.answers }; }
      updated(changed: Map<string, unknown>) { return changed.has('watched'); }
    }`,
    'poll.ts',
  );
  assert.deepEqual([...candidates].sort(), [
    'answers',
    'hidden',
    'layout',
    'renderIntro',
    'screen',
    'watched',
  ]);
  // An interface property and an object key (the event's detail), a public member, a name in a
  // string, a reactive property whose attribute would be named after it: kept.
  for (const k of ['answers', 'title', 'send', 'watched', 'layout']) assert.ok(kept.has(k), k);
  // A reactive property declared with `state` or an explicit `attribute`: shortened with its member.
  for (const k of ['screen', 'hidden', 'renderIntro']) assert.ok(!kept.has(k), k);
});

test('a part calls its element’s protected method: the same short name in both files, and it runs', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'qd-mangle-'));
  const files = {
    'base.ts': `export class Base {
      protected announceSomethingLong(text: string): string { return 'annonce : ' + text; }
      private counterOfThings = 0;
      count(): number { return ++this.counterOfThings; }
    }`,
    'define.ts': `import { Base } from './base.js';
      export class Element extends Base { hello() { return this.count(); } }
      export const loadPart = () => import('./view.part.js');`,
    'view.part.ts': `import { Element } from './define.js';
      export class View extends Element { say(t: string) { return this.announceSomethingLong(t); } }`,
  };
  mkdirSync(dir, { recursive: true });
  for (const [f, t] of Object.entries(files)) writeFileSync(join(dir, f), t);
  const out = join(dir, 'cdn');
  const r = await buildCdnBundle({ entry: join(dir, 'define.ts'), name: 'demo', outdir: out });
  assert.deepEqual(Object.keys(r.mangled).sort(), ['announceSomethingLong', 'counterOfThings']);
  const all = [r.code, ...r.chunks.map((c) => c.code)].map(String).join('\n');
  assert.ok(!all.includes('announceSomethingLong') && !all.includes('counterOfThings'), all);
  writeFileSync(join(out, 'package.json'), '{"type":"module"}');
  const m = await import(join(out, 'demo.js'));
  assert.equal(new m.Element().hello(), 1);
  const { View } = await m.loadPart();
  assert.equal(new View().say('bonjour'), 'annonce : bonjour');
});
