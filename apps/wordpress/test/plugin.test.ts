/**
 * The built plugin (dist/, made by `pnpm build`), checked without PHP: a block for every public
 * element of every prototype, block attributes that the elements really have, runtime files that
 * exist, a zip WordPress can install, and nothing in it that asks another host for anything.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
// @ts-expect-error -- plain ES modules of the build, without types
import { prototypes, repoRoot } from '../scripts/elements.mjs';
// @ts-expect-error -- plain ES modules of the build, without types
import { readZip } from '../scripts/zip.mjs';

interface Attribute {
  name: string;
}
interface Declaration {
  kind: string;
  name: string;
  tagName?: string;
  attributes?: Attribute[];
  superclass?: { name: string; package?: string; module?: string };
}
interface Manifest {
  modules: Array<{
    path: string;
    declarations?: Declaration[];
    exports?: Array<{ kind: string; name: string }>;
  }>;
}
interface Proto {
  name: string;
  dir: string;
  pkg: { qd: { tag: string; extraCdn?: Record<string, { tag: string }> } };
}

const app = fileURLToPath(new URL('..', import.meta.url));
const plugin = join(app, 'dist', 'quartiers-douai-kit');
const zipFile = join(app, 'dist', 'quartiers-douai-kit.zip');
const readJson = <T>(file: string): T => JSON.parse(readFileSync(file, 'utf8')) as T;
const protos = prototypes() as Proto[];
const manifests = new Map(
  protos.map((p) => [p.name, readJson<Manifest>(join(p.dir, 'custom-elements.json'))]),
);

const blocks = readdirSync(join(plugin, 'assets', 'blocks')).map((dir) =>
  readJson<{ name: string; attributes: Record<string, { type: string }> }>(
    join(plugin, 'assets', 'blocks', dir, 'block.json'),
  ),
);
const blockNames = new Set(blocks.map((b) => b.name));
const blockOf = (tag: string): string => `quartiers-douai/${tag.replace(/^qd-/, '')}`;

/** Core's base element's attributes, as its JSDoc documents them (`@attr … name - …`). */
const coreAttributes = [
  ...readFileSync(join(repoRoot, 'packages/core/src/element/qd-element.ts'), 'utf8').matchAll(
    /@attr (?:\{\w+\} )?([\w-]+) - /g,
  ),
].map((m) => m[1]);

describe('blocks', () => {
  it('every public element of every prototype has its block', () => {
    expect(protos).toHaveLength(10);
    const tags = new Set<string>();
    for (const p of protos) {
      tags.add(p.pkg.qd.tag);
      for (const spec of Object.values(p.pkg.qd.extraCdn ?? {})) tags.add(spec.tag);
      // What the manifest's analyzer saw registered by the package's define modules.
      for (const mod of manifests.get(p.name)!.modules)
        if (/^src\/define[\w-]*\.ts$/.test(mod.path))
          for (const e of mod.exports ?? [])
            if (e.kind === 'custom-element-definition') tags.add(e.name);
    }
    // Those the issue names, registered on demand by the poll.
    for (const tag of [
      'qd-quiz',
      'qd-poll',
      'qd-poll-results',
      'qd-audience-vote',
      'qd-jury-results',
    ])
      tags.add(tag);
    const missing = [...tags].filter((t) => !blockNames.has(blockOf(t)));
    expect(missing).toEqual([]);
    expect(tags.size).toBeGreaterThanOrEqual(18);
  });

  it('every block attribute is an attribute of its element (or the content, or the language)', () => {
    const strays: string[] = [];
    for (const block of blocks) {
      const tag = `qd-${block.name.split('/')[1]}`;
      const decls = [...manifests.values()].flatMap((m) =>
        m.modules.flatMap((mod) => mod.declarations ?? []),
      );
      const decl = decls.find((d) => d.tagName === tag);
      expect(decl, `<${tag}> dans un custom-elements.json`).toBeDefined();
      // Its own attributes and its package's base classes' (the manifest lists both), and core's.
      const known = new Set([
        ...decls
          .filter((d) => d.kind === 'class')
          .flatMap((d) => (d.attributes ?? []).map((a) => a.name)),
        ...coreAttributes,
      ]);
      const own = new Set((decl!.attributes ?? []).map((a) => a.name));
      for (const name of Object.keys(block.attributes))
        if (name !== 'content' && name !== 'lang' && !own.has(name) && !known.has(name))
          strays.push(`${block.name}: ${name}`);
      expect(block.attributes.content).toEqual({ type: 'integer', default: 0 });
      // `src` is the content's address on the site: never typed by an author.
      expect(block.attributes.src).toBeUndefined();
    }
    expect(strays).toEqual([]);
  });

  it('the quiz block offers the settings a centre looks for, typed', () => {
    const quiz = blocks.find((b) => b.name === 'quartiers-douai/quiz')!;
    expect(quiz.attributes['easy']).toEqual({
      type: 'string',
      enum: ['', 'true', 'false'],
      default: '',
    });
    expect(quiz.attributes['read-aloud']?.type).toBe('string');
    expect(quiz.attributes['storage']?.type).toBe('string');
    expect(quiz.attributes['kiosk-timeout']).toEqual({ type: 'number' });
    expect(quiz.attributes['lang']).toEqual({
      type: 'string',
      enum: ['', 'fr', 'en', 'ar'],
      default: '',
    });
    const poll = blocks.find((b) => b.name === 'quartiers-douai/poll')!;
    expect(poll.attributes['kiosk']).toEqual({ type: 'boolean', default: false });
    expect(poll.attributes['layout']).toEqual({
      type: 'string',
      enum: ['', 'page', 'steps'],
      default: '',
    });
  });
});

describe('runtime', () => {
  const elements = readJson<Array<{ tag: string; block: string; entry: string }>>(
    join(plugin, 'assets', 'elements.json'),
  );
  const runtime = readJson<Record<string, string[]>>(join(plugin, 'assets', 'runtime.json'));
  const kit = join(plugin, 'assets', 'kit');

  it('the files each block loads exist, and so does every file they import', () => {
    const missing: string[] = [];
    for (const e of elements) {
      expect(runtime[e.entry], `${e.tag} → ${e.entry}`).toBeDefined();
      for (const file of runtime[e.entry]!) if (!existsSync(join(kit, file))) missing.push(file);
      expect(blockNames.has(e.block)).toBe(true);
    }
    for (const file of readdirSync(kit).filter((f) => f.endsWith('.js'))) {
      const code = readFileSync(join(kit, file), 'utf8');
      for (const m of code.matchAll(/(?:from|import)\s*\(?\s*["'](\.\/[^"']+)["']/g))
        if (!existsSync(join(kit, m[1]!))) missing.push(`${file} → ${m[1]}`);
    }
    expect(missing).toEqual([]);
  });

  it('Lit, zod and core are in files every prototype shares, loaded once per site', () => {
    const entries = Object.keys(runtime);
    expect(entries).toEqual(expect.arrayContaining(['quiz', 'poll', 'audience-vote', 'jury']));
    const inAll = runtime.quiz!.filter((f) => entries.every((e) => runtime[e]!.includes(f)));
    const shared = inAll.map((f) => readFileSync(join(kit, f), 'utf8')).join('\n');
    // Lit's element and zod's parser: in a chunk of every prototype, in no entry file.
    expect(shared).toMatch(/attributeChangedCallback/);
    expect(shared).toMatch(/safeParse|_zod/);
    for (const e of entries)
      expect(readFileSync(join(kit, `${e}.js`), 'utf8')).not.toMatch(/attributeChangedCallback/);
  });
});

describe('zip', () => {
  const files = readZip(zipFile) as Map<string, Buffer>;

  it('holds the plugin folder with every file of the built plugin', () => {
    const names = [...files.keys()];
    expect(names.every((n) => n.startsWith('quartiers-douai-kit/'))).toBe(true);
    for (const f of [
      'includes/render.php',
      'includes/blocks.php',
      'assets/elements.json',
      'assets/kit/quiz.js',
      'LICENSE',
    ])
      expect(names).toContain(`quartiers-douai-kit/${f}`);
    expect(
      readFileSync(join(plugin, 'assets', 'kit', 'quiz.js')).equals(
        files.get('quartiers-douai-kit/assets/kit/quiz.js')!,
      ),
    ).toBe(true);
  });

  it('holds the server’s files: every PHP file of plugin/, readme.txt, uninstall.php, collect.js, the runtime', () => {
    const names = new Set(files.keys());
    const source = (dir: string): string[] =>
      readdirSync(join(app, 'plugin', dir), { withFileTypes: true }).flatMap((d) =>
        d.isDirectory() ? source(join(dir, d.name)) : [join(dir, d.name)],
      );
    const php = source('.').filter((f) => f.endsWith('.php'));
    expect(php).toEqual(expect.arrayContaining(['quartiers-douai-kit.php', 'uninstall.php']));
    expect(php.filter((f) => f.startsWith('includes/')).length).toBeGreaterThanOrEqual(10);
    for (const f of [...php, 'readme.txt', 'assets/collect.js', 'assets/runtime.json'])
      expect(names, f).toContain(`quartiers-douai-kit/${f}`);
    for (const f of source('.'))
      expect(
        files.get(`quartiers-douai-kit/${f}`)?.equals(readFileSync(join(app, 'plugin', f))),
        f,
      ).toBe(true);
    // The runtime: every entry the renderer may enqueue, and the files each one imports.
    const runtime = JSON.parse(
      readFileSync(join(plugin, 'assets', 'runtime.json'), 'utf8'),
    ) as Record<string, string[]>;
    expect(Object.keys(runtime)).toEqual(expect.arrayContaining(['poll', 'audience-vote', 'quiz']));
    for (const [entry, imported] of Object.entries(runtime))
      for (const f of [`${entry}.js`, ...imported])
        expect(names, f).toContain(`quartiers-douai-kit/assets/kit/${f}`);
  });

  it('holds the main file with WordPress’s plugin header and its requirements', () => {
    const main = files.get('quartiers-douai-kit/quartiers-douai-kit.php')?.toString('utf8');
    expect(main).toMatch(/Plugin Name:/);
    expect(main).toMatch(/Requires at least:\s*6\.1/);
    expect(main).toMatch(/Requires PHP:\s*8\.1/);
    const readme = files.get('quartiers-douai-kit/readme.txt')?.toString('utf8');
    expect(readme).toMatch(/^=== .+ ===/);
    expect(readme).toMatch(/Stable tag:/);
  });

  it('nothing in it asks another host for anything (imports, fetches, styles, scripts, images)', () => {
    const requests: string[] = [];
    const patterns = [
      /(?:import|from)\s*\(?\s*["'`](?:https?:)?\/\/[^"'`]+/g, // ES imports
      /fetch\(\s*["'`](?:https?:)?\/\/[^"'`]+/g,
      /url\(\s*["']?(?:https?:)?\/\/[^)"']+/g, // CSS
      /@import\s+["']?(?:url\()?(?:https?:)?\/\//g,
      /<(?:script|link|img|iframe)[^>]+(?:src|href)\s*=\s*["']?(?:https?:)?\/\/[^"'>]+/g,
      /wp_(?:enqueue|register)_(?:script|style)\([^)]*["'](?:https?:)?\/\/[^"']+/g,
      /wp_(?:safe_)?remote_\w+\(/g,
    ];
    for (const [name, bytes] of files) {
      if (!/\.(js|css|php|html|json)$/.test(name)) continue;
      const text = bytes.toString('utf8');
      for (const p of patterns)
        for (const m of text.matchAll(p)) requests.push(`${name}: ${m[0].slice(0, 80)}`);
    }
    expect(requests).toEqual([]);
  });
});
