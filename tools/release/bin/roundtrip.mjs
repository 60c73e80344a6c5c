#!/usr/bin/env node
// qd-roundtrip: the packages a centre installs, installed for real, from a registry.
//
//  1. a temporary copy of the workspace (the repo itself is never modified): packages/*, root
//     manifests, .changeset/ — built output included (run `pnpm build` first);
//  2. a changeset for every publishable package, `changeset version --snapshot rt` → 0.0.0-rt-…;
//     the CDN manifests are re-stamped with that version (the only build output that holds it;
//     a real release builds after `pnpm version-packages`);
//  3. verdaccio 5 on 127.0.0.1 (started and stopped here), a user, then the publish step of
//     `pnpm release`: `changeset publish` (which runs `pnpm publish`: workspace: ranges rewritten)
//     — the dry run of a release against a local registry;
//  4. in a scratch folder outside the workspace, each built and loaded in Chromium:
//     (a) a plain HTML page with the CDN files of the published tarballs,
//     (b) a Vite + TypeScript app installing @quartiers-douai/quiz (tsc checks the typed usage),
//     (c) a React 19 app with <qd-quiz content={…} onqd-answer={…}>;
//     each shows the quiz's first question; (b) and (c) also get the answer event.
// Only @quartiers-douai/* comes from the local registry; vite, react, typescript come from the
// npm registry (scoped .npmrc). Bounded: the whole run is stopped after QD_ROUNDTRIP_TIMEOUT
// seconds (default 420). Usage: qd-roundtrip [--keep]   (--keep leaves the temporary folder)
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { chromiumLaunchOptions } from '@quartiers-douai/kit-scripts/chromium';
import { publishablePackages, repoRoot } from '@quartiers-douai/kit-scripts/packages';
import { startServer } from '@quartiers-douai/kit-scripts/static-server';
import { QUIZ, writeHtmlPage, writeReactApp, writeViteApp } from '../lib/scratch-apps.mjs';

const toolDir = join(dirname(fileURLToPath(import.meta.url)), '..');
const keep = process.argv.includes('--keep');
const limit = Number(process.env.QD_ROUNDTRIP_TIMEOUT || 420) * 1000;
const started = Date.now();
const timings = [];
const results = [];
const cleanups = [];

const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`;
async function phase(name, fn) {
  const t = Date.now();
  console.log(`\n── ${name}`);
  try {
    const value = await fn();
    timings.push([name, Date.now() - t]);
    return value;
  } catch (error) {
    timings.push([`${name} (ÉCHEC)`, Date.now() - t]);
    throw error;
  }
}

/** Runs a command; its output is shown only when it fails (or with QD_VERBOSE=1). */
function run(cmd, args, { cwd, env = {}, timeout = 300_000 } = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, {
      cwd,
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (out += d));
    const timer = setTimeout(() => child.kill('SIGKILL'), timeout);
    cleanups.push(async () => child.exitCode === null && child.kill('SIGKILL'));
    child.on('error', (error) => {
      clearTimeout(timer);
      reject(new Error(`${cmd} ${args.join(' ')} (dans ${cwd}) : ${error.message}`));
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      if (process.env.QD_VERBOSE) console.log(out);
      if (code === 0) resolve(out);
      else
        reject(
          new Error(
            `${cmd} ${args.join(' ')} (dans ${cwd}) a échoué (code ${code})\n${out.split('\n').slice(-40).join('\n')}`,
          ),
        );
    });
  });
}

/** fetch, retried: after a long publish, a kept-alive socket to verdaccio may have been closed. */
async function request(url, init) {
  for (let attempt = 1; ; attempt++) {
    try {
      return await fetch(url, init);
    } catch (error) {
      if (attempt >= 3)
        throw new Error(
          `${init?.method ?? 'GET'} ${url} : ${error.cause?.message ?? error.message}`,
        );
      await new Promise((r) => setTimeout(r, 300));
    }
  }
}

async function freePort() {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });
}

async function cleanup() {
  while (cleanups.length) {
    try {
      await cleanups.pop()();
    } catch {
      // keep cleaning
    }
  }
}

const watchdog = setTimeout(async () => {
  console.error(`qd-roundtrip : arrêté après ${seconds(limit)} (QD_ROUNDTRIP_TIMEOUT)`);
  await cleanup();
  process.exit(1);
}, limit);
watchdog.unref();
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, async () => {
    await cleanup();
    process.exit(130);
  });
}

const work = mkdtempSync(join(tmpdir(), 'qd-roundtrip-'));
cleanups.push(async () => {
  if (keep) console.log(`dossier gardé : ${work}`);
  else rmSync(work, { recursive: true, force: true });
});

try {
  const packages = publishablePackages();
  for (const p of packages) {
    if (!existsSync(join(p.dir, 'dist/cdn/manifest.json')))
      throw new Error(`${p.name} n'est pas construit : lancez « pnpm build » d'abord`);
  }
  const repo = join(work, 'repo');

  // 1. the temporary copy
  await phase('copie temporaire du dépôt', () => {
    mkdirSync(join(repo, 'packages'), { recursive: true });
    for (const f of ['package.json', 'pnpm-workspace.yaml', 'pnpm-lock.yaml', '.npmrc']) {
      if (existsSync(join(repoRoot, f))) cpSync(join(repoRoot, f), join(repo, f));
    }
    cpSync(join(repoRoot, '.changeset'), join(repo, '.changeset'), { recursive: true });
    symlinkSync(join(repoRoot, 'node_modules'), join(repo, 'node_modules'));
    for (const p of packages) {
      const to = join(repo, 'packages', p.folder);
      cpSync(p.dir, to, {
        recursive: true,
        filter: (src) => !/\/(node_modules|\.turbo|reports)(\/|$)/.test(src.slice(p.dir.length)),
      });
    }
    // pnpm publish resolves `workspace:` from the linked package's version: link the kit's own
    // packages to their copies (snapshot versions), the tools to the real ones.
    const copied = new Map(packages.map((p) => [p.name, join(repo, 'packages', p.folder)]));
    for (const p of packages) {
      const deps = { ...p.pkg.dependencies, ...p.pkg.devDependencies, ...p.pkg.peerDependencies };
      for (const name of Object.keys(deps).filter((n) => n.startsWith('@quartiers-douai/'))) {
        const link = join(repo, 'packages', p.folder, 'node_modules', name);
        mkdirSync(dirname(link), { recursive: true });
        symlinkSync(copied.get(name) ?? join(p.dir, 'node_modules', name), link);
      }
    }
    console.log(`${packages.length} paquets copiés dans ${repo}`);
  });

  // 2. snapshot versions
  const versions = await phase('changeset version --snapshot', async () => {
    const lines = packages.map((p) => `'${p.name}': patch`).join('\n');
    writeFileSync(
      join(repo, '.changeset/qd-roundtrip.md'),
      `---\n${lines}\n---\n\nAller-retour par un registre local (test).\n`,
    );
    const changeset = join(repoRoot, 'node_modules/@changesets/cli/bin.js');
    await run(process.execPath, [changeset, 'version', '--snapshot', 'rt'], { cwd: repo });
    const v = {};
    for (const p of packages) {
      const dir = join(repo, 'packages', p.folder);
      const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
      if (pkg.version === p.version) throw new Error(`${p.name} n'a pas reçu de version snapshot`);
      v[p.name] = pkg.version;
      const manifestFile = join(dir, 'dist/cdn/manifest.json');
      const m = JSON.parse(readFileSync(manifestFile, 'utf8'));
      writeFileSync(manifestFile, JSON.stringify({ ...m, version: pkg.version }, null, 2) + '\n');
      console.log(`${p.name} ${p.version} → ${pkg.version}`);
    }
    return v;
  });

  // 3. verdaccio, a user, publish
  const port = await freePort();
  const registry = `http://127.0.0.1:${port}/`;
  await phase('verdaccio sur 127.0.0.1', async () => {
    const dir = join(work, 'verdaccio');
    mkdirSync(dir, { recursive: true });
    writeFileSync(
      join(dir, 'config.yaml'),
      `storage: ./storage
auth:
  htpasswd:
    file: ./htpasswd
    max_users: 10
uplinks: {}
packages:
  '@quartiers-douai/*':
    access: $all
    publish: $authenticated
  '**':
    access: $all
    publish: $authenticated
web:
  enable: false
middlewares:
  audit:
    enabled: false
log: { type: stdout, format: pretty, level: warn }
`,
    );
    const bin = join(toolDir, 'node_modules/verdaccio/bin/verdaccio');
    const child = spawn(
      process.execPath,
      [bin, '--config', join(dir, 'config.yaml'), '--listen', `127.0.0.1:${port}`],
      {
        cwd: dir,
        stdio: ['ignore', 'pipe', 'pipe'],
        detached: true,
      },
    );
    let log = '';
    child.stdout.on('data', (d) => (log += d));
    child.stderr.on('data', (d) => (log += d));
    cleanups.push(async () => {
      if (child.exitCode === null) {
        process.kill(-child.pid, 'SIGTERM');
        await new Promise((r) => setTimeout(r, 300));
        if (child.exitCode === null) process.kill(-child.pid, 'SIGKILL');
      }
    });
    const until = Date.now() + 60_000;
    for (;;) {
      if (child.exitCode !== null) throw new Error(`verdaccio s'est arrêté :\n${log}`);
      const ok = await fetch(`${registry}-/ping`).then(
        (r) => r.ok,
        () => false,
      );
      if (ok) break;
      if (Date.now() > until) throw new Error(`verdaccio ne répond pas sur ${registry} :\n${log}`);
      await new Promise((r) => setTimeout(r, 250));
    }
    console.log(`verdaccio ${registry} (pid ${child.pid})`);
  });

  await phase('pnpm release (étape changeset publish) vers le registre local', async () => {
    const res = await request(`${registry}-/user/org.couchdb.user:qd-ci`, {
      method: 'PUT',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        name: 'qd-ci',
        password: 'qd-ci-local-only',
        email: 'ci@quartiers-douai.invalid',
        type: 'user',
        roles: [],
      }),
    });
    const { token } = await res.json();
    if (!token) throw new Error(`verdaccio : création de l'utilisateur refusée (${res.status})`);
    const host = registry.replace(/^http:/, '');
    const npmrc = `registry=${registry}\n${host}:_authToken=${token}\n`;
    writeFileSync(join(repo, '.npmrc'), npmrc);
    writeFileSync(join(work, 'npmrc'), npmrc);
    const changeset = join(repoRoot, 'node_modules/@changesets/cli/bin.js');
    const out = await run(process.execPath, [changeset, 'publish', '--tag', 'rt', '--no-git-tag'], {
      cwd: repo,
      env: {
        npm_config_registry: registry,
        npm_config_userconfig: join(work, 'npmrc'),
        CI: 'true',
      },
    });
    for (const [name, version] of Object.entries(versions)) {
      const view = await request(`${registry}${name.replace('/', '%2f')}`).then((r) =>
        r.ok ? r.json() : undefined,
      );
      const manifest = view?.versions?.[version];
      if (!manifest)
        throw new Error(
          `${name}@${version} n'est pas sur le registre local après changeset publish :\n${out}`,
        );
      const text = JSON.stringify(manifest.dependencies ?? {});
      if (text.includes('workspace:'))
        throw new Error(`${name}@${version} publié avec « workspace: » : ${text}`);
      console.log(`publié : ${name}@${version} ${text}`);
    }
    results.push(['publication de chaque paquet (changeset publish → pnpm publish)', true]);
  });

  const quizVersion = versions['@quartiers-douai/quiz'];
  if (!quizVersion) throw new Error('@quartiers-douai/quiz absent de packages/');
  const scratch = join(work, 'scratch');
  const prototypes = packages.filter((p) => p.tag);

  // (a), (b) and (c) at the same time: downloads and builds overlap on 2 cores.
  const html = phase(
    '(a) page HTML simple avec les fichiers CDN des archives publiées',
    async () => {
      const dir = join(scratch, 'html');
      mkdirSync(dir, { recursive: true });
      const cdn = [];
      for (const p of prototypes) {
        // What a CDN does: read the tarball the registry serves, and serve its files.
        const packument = await request(`${registry}${p.name.replace('/', '%2f')}`).then((r) =>
          r.json(),
        );
        const tarball = packument.versions?.[versions[p.name]]?.dist?.tarball;
        if (!tarball)
          throw new Error(`${p.name}@${versions[p.name]} : pas d'archive sur le registre local`);
        const tgz = join(dir, `${p.shortName}.tgz`);
        writeFileSync(tgz, Buffer.from(await (await request(tarball)).arrayBuffer()));
        const into = join(dir, 'pkg', p.shortName);
        mkdirSync(into, { recursive: true });
        await run('tar', ['xzf', tgz, '-C', into]);
        const m = JSON.parse(readFileSync(join(into, 'package/dist/cdn/manifest.json'), 'utf8'));
        if (m.version !== versions[p.name])
          throw new Error(`${p.name} : le manifeste CDN publié décrit ${m.version}`);
        const samples = existsSync(join(into, 'package/content'))
          ? readdirSync(join(into, 'package/content'))
              .filter((f) => f.endsWith('.json'))
              .sort()
          : [];
        const sample = samples.find((f) => {
          const s = JSON.parse(readFileSync(join(into, 'package/content', f), 'utf8')).$schema;
          return typeof s !== 'string' || /(^|\/)schema\.json$/.test(s);
        });
        cdn.push({
          tag: p.tag,
          file: `pkg/${p.shortName}/package/dist/cdn/${m.file}`,
          integrity: m.integrity,
          content: sample ? `pkg/${p.shortName}/package/content/${sample}` : '',
          // What a demonstration gives the element, from the published package.json (a poll needs
          // a destination, docs/decisions/0018).
          attributes:
            JSON.parse(readFileSync(join(into, 'package/package.json'), 'utf8')).qd
              ?.demoAttributes ?? {},
        });
      }
      writeHtmlPage(dir, cdn);
    },
  );
  const vite = phase('(b) appli Vite + TypeScript (pnpm install, tsc, vite build)', async () => {
    const dir = join(scratch, 'vite');
    writeViteApp(dir, registry, quizVersion);
    await run(
      'pnpm',
      [
        'install',
        '--no-frozen-lockfile',
        '--reporter=append-only',
        '--config.confirmModulesPurge=false',
      ],
      { cwd: dir },
    );
    await run('pnpm', ['run', 'build'], { cwd: dir });
  });
  const react = phase('(c) appli React 19 (npm install, tsc, vite build)', async () => {
    const dir = join(scratch, 'react');
    writeReactApp(dir, registry, quizVersion);
    await run(
      'npm',
      ['install', '--no-audit', '--no-fund', '--prefer-offline', '--loglevel=error'],
      { cwd: dir },
    );
    await run('npm', ['run', 'build'], { cwd: dir });
  });
  const settled = await Promise.allSettled([html, vite, react]);
  const failure = settled.find((r) => r.status === 'rejected');
  if (failure) throw failure.reason;

  // Chromium: each consumer shows the first question; (b) and (c) get the answer event.
  await phase('Chromium : les trois pages', async () => {
    // Each app at the root of its own site, as deployed (Vite's assets are at /assets/…).
    const sites = {};
    for (const [name, root] of [
      ['html', join(scratch, 'html')],
      ['vite', join(scratch, 'vite/dist')],
      ['react', join(scratch, 'react/dist')],
    ]) {
      sites[name] = await startServer({ root });
      cleanups.push(() => sites[name].close());
    }
    const options = chromiumLaunchOptions();
    const browser = await chromium.launch({
      ...options,
      headless: true,
      args: [...options.args, '--headless'],
      timeout: 30_000,
    });
    cleanups.push(() => browser.close());
    const firstPrompt = QUIZ.questions[0].prompt;

    const check = async (label, site, { answer, others = [] }) => {
      const page = await browser.newPage();
      const problems = [];
      page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
      page.on(
        'console',
        (m) => m.type() === 'error' && problems.push(`console.error: ${m.text()}`),
      );
      page.on(
        'response',
        (r) => r.status() >= 400 && problems.push(`HTTP ${r.status()} ${r.url()}`),
      );
      await page.goto(sites[site].url('/index.html'));
      const quiz = page.locator('qd-quiz');
      await quiz.getByRole('heading', { name: QUIZ.title }).waitFor({ timeout: 20_000 });
      await quiz.getByRole('button', { name: 'Commencer' }).click();
      await quiz.getByText(firstPrompt).waitFor({ timeout: 10_000 });
      await quiz.getByText('Question 1 sur 2').waitFor({ timeout: 10_000 });
      if (answer) {
        await quiz.getByRole('radio', { name: QUIZ.questions[0].choices[0].text }).check();
        await quiz.getByRole('button', { name: 'Valider ma réponse' }).click();
        await page.locator('#log').getByText('q1:true').waitFor({ timeout: 10_000 });
      }
      for (const tag of others) {
        await page.waitForFunction(
          (t) => {
            const root = document.querySelector(t)?.shadowRoot;
            return (
              root &&
              root.querySelector('h1, h2, h3, legend') &&
              !root.querySelector('[role="alert"]:not(:empty)')
            );
          },
          tag,
          { timeout: 20_000 },
        );
      }
      if (problems.length) throw new Error(`${label} :\n${problems.join('\n')}`);
      await page.close();
      results.push([label, true]);
      console.log(`✓ ${label}`);
    };
    await check(
      '(a) page HTML simple : première question de <qd-quiz>, et chaque prototype affiché',
      'html',
      {
        others: prototypes.filter((p) => p.tag !== 'qd-quiz').map((p) => p.tag),
      },
    );
    await check(
      '(b) appli Vite + TypeScript : première question, événement qd-answer reçu',
      'vite',
      { answer: true },
    );
    await check(
      '(c) appli React 19 : propriété content, première question, onqd-answer reçu',
      'react',
      { answer: true },
    );
  });
} catch (error) {
  console.error(`\n✗ ${error instanceof Error ? error.message : error}`);
  results.push(['aller-retour', false]);
} finally {
  await cleanup();
  clearTimeout(watchdog);
  console.log('\n---- qd-roundtrip ----');
  for (const [name, ms] of timings) console.log(`${name.padEnd(70)} ${seconds(ms).padStart(8)}`);
  console.log(`${'total'.padEnd(70)} ${seconds(Date.now() - started).padStart(8)}`);
  const passed = results.filter(([, ok]) => ok).length;
  const failed = results.filter(([, ok]) => !ok).length;
  console.log(`roundtrip: ${passed} passed, ${failed} failed`);
  process.exitCode = failed ? 1 : 0;
}
