#!/usr/bin/env node
// Gate 7 (issue 9): Lighthouse 12.6 (mobile emulation, the system Chromium) on the plain HTML
// embed page of every prototype that apps/embed built (dist/embed-manifest.json, discovered from
// packages/*/package.json "qd.tag"). Thresholds: performance ≥ 95, accessibility 100, best
// practices ≥ 95, TBT ≤ 50 ms, CLS ≤ 0.02. Reports go to reports/lighthouse/ (HTML + JSON +
// summary.json), never uploaded. Exits non-zero when a page misses a threshold, unless the
// prototype is listed in KNOWN_GAPS below (measured and reported, not enforced).
//
//   node tools/quality/bin/lighthouse.mjs             every prototype (fails if one misses a threshold)
//   node tools/quality/bin/lighthouse.mjs quiz poll   only these prototypes (short names)
//   node tools/quality/bin/lighthouse.mjs --fixture   a deliberately slow, shifting, unlabelled page:
//                                                     succeeds only if the gate catches it
//   node tools/quality/bin/lighthouse.mjs --site site/dist
//                                                     the public site (`pnpm site`) served under /kit/:
//                                                     its home page and the first prototype's page
//                                                     (issue 25: performance ≥ 95, accessibility 100),
//                                                     same thresholds; `pnpm site:lighthouse`
//
// Files are served gzip-compressed, as the kit's host (GitHub Pages) and the CDNs serve them.
//
// A loaded machine (2 shared cores; load average 6–12 is common here) must not fail a good page,
// nor pass a bad one. Two corrections, both printed with the scores (`--wall-time` turns them off,
// to compare: wall-clock time and ×(this run's benchmarkIndex / 375), the former way):
// - CPU time, not wall-clock time (./cpu-time.mjs): each main-thread task counts for the CPU time
//   the page's renderer used, not for the time it waited while other processes held the CPU
//   (measured: 7 ms of CPU lasting 68 ms).
// - The multiplier: Lighthouse's mobile preset, ×4 (for a desktop of benchmarkIndex ≈ 1500; this
//   machine measures 2 100–3 200 when idle), less what other processes sharing the CPU's cores and
//   caches took from its speed around the run (cpuSpeed, in CPU time, before and after the page
//   load, against its best in the session; within 15 % of the best, nothing). The page is gathered
//   once, then audited with that multiplier (simulated throttling: the gathering itself is never
//   throttled, only the audits use it).
// One unjudged load warms Chromium and Lighthouse up first (see warmUp). Each page is measured up
// to 4 times and the best run counts (noise only ever makes a page slower); prototypes in
// KNOWN_GAPS once.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as chromeLauncher from 'chrome-launcher';
// The gather and audit steps of lighthouse() (core/index.js "navigation"), called apart: between
// the two, the trace is put in CPU time and the multiplier chosen from the gathering's
// benchmarkIndex (no public API for that in 12.6).
import { navigationGather } from 'lighthouse/core/gather/navigation-runner.js';
import { Runner } from 'lighthouse/core/runner.js';
import { startServer } from '@quartiers-douai/kit-scripts/static-server';
import { chromiumPath } from '@quartiers-douai/kit-scripts/chromium';
import { cpuSpeed, cpuTimeTrace } from './cpu-time.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '../../..');
const dist = join(root, 'apps/embed/dist');
const out = join(root, 'reports/lighthouse');
const fixtureMode = process.argv.includes('--fixture');
const only = process.argv
  .slice(2)
  .filter((a, i, all) => !a.startsWith('--') && all[i - 1] !== '--site');
const wallTime = process.argv.includes('--wall-time');
const siteIndex = process.argv.indexOf('--site');
const siteDist =
  siteIndex > 0 ? resolve(root, process.argv[siteIndex + 1] ?? 'site/dist') : undefined;
const SITE_BASE = '/kit/';
const ATTEMPTS = 4;

/**
 * Prototypes whose page does not meet the thresholds yet, each with what blocks it (docs/quality.md).
 * Their page is measured once and reported, but does not fail the run; when it passes, the run says
 * so: once it passes every time, remove its line, so that it is enforced like the others. Keep it
 * short: each line is an open issue. The CV left it on 2026-11-29 (it builds its form in short
 * tasks); the agenda and the procedure simulator came in on the same day and left it on
 * 2026-12-07 (first screens in short tasks, the page's first date format apart: docs/quality.md).
 * Empty: every prototype's page is enforced.
 */
export const KNOWN_GAPS = {};

export const THRESHOLDS = {
  performance: 95,
  accessibility: 100,
  'best-practices': 95,
  tbt: 50,
  cls: 0.02,
};

/** What misses a threshold in a Lighthouse result. */
export function misses(s) {
  const out = [];
  if (s.performance < THRESHOLDS.performance)
    out.push(`performance ${s.performance} < ${THRESHOLDS.performance}`);
  if (s.accessibility < THRESHOLDS.accessibility)
    out.push(`accessibilité ${s.accessibility} < ${THRESHOLDS.accessibility}`);
  if (s['best-practices'] < THRESHOLDS['best-practices'])
    out.push(`bonnes pratiques ${s['best-practices']} < ${THRESHOLDS['best-practices']}`);
  if (s.tbt > THRESHOLDS.tbt) out.push(`TBT ${s.tbt} ms > ${THRESHOLDS.tbt} ms`);
  if (s.cls > THRESHOLDS.cls) out.push(`CLS ${s.cls} > ${THRESHOLDS.cls}`);
  if (s.error) out.push(`erreur : ${s.error}`);
  return out;
}

/**
 * Lighthouse's mobile preset multiplies the CPU time of a desktop of benchmarkIndex ≈ 1500 by 4 (a
 * phone of ≈ 375). This CI machine, idle, measures 2 100–3 200: ×4, never more.
 */
const MOBILE_MULTIPLIER = 4;

/** `--wall-time` only: ×(BI / 375), rounded to a tenth, between 0.25 and 4. */
const multiplierFor = (bi) => Math.min(4, Math.max(0.25, Math.round((bi / 375) * 10) / 10));

/** The CPU's best speed in this session (cpuSpeed, in CPU time). */
let bestSpeed = 0;

function summary(lhr) {
  const score = (id) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
  const failing = Object.values(lhr.audits)
    .filter(
      (a) =>
        a.score !== null &&
        a.score < 1 &&
        ['binary', 'numeric'].includes(a.scoreDisplayMode) &&
        a.details?.type !== 'opportunity',
    )
    .map((a) => a.id);
  return {
    performance: score('performance'),
    accessibility: score('accessibility'),
    'best-practices': score('best-practices'),
    tbt: Math.round(lhr.audits['total-blocking-time']?.numericValue ?? Infinity),
    cls: Number((lhr.audits['cumulative-layout-shift']?.numericValue ?? Infinity).toFixed(3)),
    fcp: Math.round(lhr.audits['first-contentful-paint']?.numericValue ?? Infinity),
    lcp: Math.round(lhr.audits['largest-contentful-paint']?.numericValue ?? Infinity),
    error: lhr.runtimeError?.message ?? lhr.audits['cumulative-layout-shift']?.errorMessage ?? '',
    benchmarkIndex: Math.round(lhr.environment.benchmarkIndex),
    cpuSlowdownMultiplier: lhr.configSettings.throttling.cpuSlowdownMultiplier,
    failingAudits: failing.slice(0, 12),
  };
}

/** Lighthouse's settings for every run: mobile emulation, simulated throttling (see the top). */
const lighthouseConfig = {
  extends: 'lighthouse:default',
  settings: {
    output: ['html', 'json'],
    onlyCategories: ['performance', 'accessibility', 'best-practices'],
    // Weight 0 in every category, and each costs a few seconds per run: the back/forward
    // cache check (a second navigation) and the full-page screenshot.
    skipAudits: ['bf-cache'],
    disableFullPageScreenshot: true,
    formFactor: 'mobile',
    throttlingMethod: 'simulate',
    throttling: { rttMs: 150, throughputKbps: 1638.4, cpuSlowdownMultiplier: MOBILE_MULTIPLIER },
    screenEmulation: {
      mobile: true,
      width: 412,
      height: 823,
      deviceScaleFactor: 1.75,
      disabled: false,
    },
    maxWaitForLoad: 60_000,
  },
};

/**
 * One page load, gathered but not judged, before the first measured one: the first loads of a
 * session (Chromium's processes and Lighthouse itself still warming up) took the CPU from the page
 * and failed whichever prototype came first (measured: the quiz needed four tries when first, the
 * CV passed when last).
 */
async function warmUp(url, port) {
  await navigationGather(undefined, url, {
    flags: { port, logLevel: 'error' },
    config: lighthouseConfig,
  });
}

async function run(url, port) {
  const speedBefore = cpuSpeed();
  const { artifacts, runnerOptions } = await navigationGather(undefined, url, {
    flags: { port, logLevel: 'error' },
    config: lighthouseConfig,
  });
  const speedAfter = cpuSpeed();
  // Main-thread tasks in CPU time (see the top of this file and ./cpu-time.mjs).
  const load = cpuTimeTrace(artifacts.Trace);
  if (!wallTime) artifacts.Trace = load.trace;
  // The multiplier: Lighthouse's ×4, less what other processes sharing the CPU's cores and caches
  // took from it around this run (its speed then, against its best in the session). Within 15 % of
  // its best, the speed is the machine's ordinary jitter (8 000–10 700 copies/s when quiet) and
  // nothing is taken off. `--wall-time`: this run's BI, on wall-clock time (the former way).
  bestSpeed = Math.max(bestSpeed, speedBefore, speedAfter);
  const speed = Math.min(1, (speedBefore + speedAfter) / 2 / bestSpeed / 0.85);
  const cpuSlowdownMultiplier = wallTime
    ? multiplierFor(artifacts.BenchmarkIndex)
    : Math.max(0.25, Math.round(MOBILE_MULTIPLIER * speed * 10) / 10);
  // Simulated throttling: the multiplier only matters to the audits (gathering and auditing must
  // agree on the settings, hence both objects).
  for (const settings of new Set([runnerOptions.resolvedConfig.settings, artifacts.settings]))
    if (settings) settings.throttling = { ...settings.throttling, cpuSlowdownMultiplier };
  const result = await Runner.audit(artifacts, runnerOptions);
  if (!result) throw new Error(`Lighthouse n'a rien rendu pour ${url}`);
  return {
    ...result,
    // Main-thread tasks of the renderer during the run: wall-clock and CPU milliseconds; the CPU's
    // speed around the run against its best in the session.
    load: { wallMs: load.wallMs, cpuMs: load.cpuMs, wallTime, speed },
  };
}

const BROKEN_PAGE = `<!doctype html><html><head><meta charset="utf-8"><title>Page cassée</title></head>
<body><h1>Page volontairement cassée</h1><img src="/fixture/nothing.png"><button></button>
<div id="late"></div><p>Texte après un bloc qui arrive en retard.</p>
<script src="/fixture/slow.js"></script></body></html>`;
const SLOW_JS = `const t = Date.now(); while (Date.now() - t < 900) {}
setTimeout(() => { document.getElementById('late').style.height = '400px'; const s = Date.now(); while (Date.now() - s < 600) {} }, 300);`;

async function main() {
  const targets = [];
  if (fixtureMode) targets.push({ name: 'fixture-cassee', path: '/fixture/broken.html' });
  else if (siteDist) {
    const manifestFile = join(siteDist, 'site-manifest.json');
    if (!existsSync(manifestFile))
      throw new Error(`${manifestFile} manquant : lancez « pnpm site » avant Lighthouse.`);
    const { pages } = JSON.parse(await readFile(manifestFile, 'utf8'));
    const prototype = pages.find((p) => p.startsWith('prototypes/'));
    for (const path of ['index.html', prototype])
      targets.push({
        name: `site-${path.replace(/\.html$/, '').replace('/', '-')}`,
        path: `${SITE_BASE}${path}`,
      });
  } else {
    if (!existsSync(join(dist, 'embed-manifest.json')))
      throw new Error(
        'apps/embed/dist/embed-manifest.json manquant : lancez « pnpm build » à la racine avant Lighthouse.',
      );
    const manifest = JSON.parse(await readFile(join(dist, 'embed-manifest.json'), 'utf8'));
    for (const p of Object.values(manifest.pages))
      if (only.length === 0 || only.includes(p.shortName))
        targets.push({ name: p.shortName, path: `/${p.demo}` });
    const unknown = only.filter((n) => !targets.some((t) => t.name === n));
    if (unknown.length)
      throw new Error(`prototype(s) inconnu(s) dans embed-manifest.json : ${unknown.join(', ')}`);
  }
  const server = await startServer(
    siteDist
      ? { mounts: { [SITE_BASE]: siteDist }, compress: true }
      : { root: dist, compress: true },
  );
  server.page('/fixture/broken.html', BROKEN_PAGE);
  server.page('/fixture/slow.js', SLOW_JS, { 'content-type': 'text/javascript' });
  const chromePath = process.env.CHROME_PATH ?? chromiumPath();
  const chrome = await chromeLauncher.launch({
    chromePath,
    chromeFlags: [
      '--headless=new',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-dev-shm-usage',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
    ],
  });
  // Never leave a Chromium behind when the run is stopped.
  for (const signal of ['SIGINT', 'SIGTERM'])
    process.once(signal, () => {
      chrome.kill();
      process.exit(1);
    });
  await mkdir(out, { recursive: true });
  // A first idea of the CPU's best speed, before the first run compares itself to it.
  for (let i = 0; i < 4; i++) bestSpeed = Math.max(bestSpeed, cpuSpeed());
  if (!fixtureMode)
    await warmUp(server.url(siteDist ? `${SITE_BASE}index.html` : '/index.html'), chrome.port);
  const results = {};
  let failed = 0;
  try {
    for (const t of targets) {
      const url = server.url(t.path);
      let best;
      const attempts = [];
      const started = Date.now();
      const gap = fixtureMode ? undefined : KNOWN_GAPS[t.name];
      for (let attempt = 1; attempt <= (fixtureMode || gap ? 1 : ATTEMPTS); attempt++) {
        const r = await run(url, chrome.port);
        const s = {
          ...summary(r.lhr),
          // Share of the main thread's wall-clock task time that was the page's own CPU time.
          cpuShare: Number((r.load.cpuMs / Math.max(1, r.load.wallMs)).toFixed(2)),
          clock: r.load.wallTime ? 'wall' : 'cpu',
          // The CPU's speed around the run, against its best in the session (1 = unhindered).
          cpuSpeed: Number(r.load.speed.toFixed(2)),
        };
        attempts.push({
          performance: s.performance,
          tbt: s.tbt,
          cls: s.cls,
          benchmarkIndex: s.benchmarkIndex,
          cpuSlowdownMultiplier: s.cpuSlowdownMultiplier,
          cpuShare: s.cpuShare,
          cpuSpeed: s.cpuSpeed,
        });
        if (
          !best ||
          misses(s).length < misses(best.s).length ||
          (misses(s).length === misses(best.s).length &&
            (s.performance > best.s.performance ||
              (s.performance === best.s.performance && s.tbt < best.s.tbt)))
        )
          best = { s, r };
        if (misses(s).length === 0) break;
      }
      const { s, r } = best;
      await writeFile(join(out, `${t.name}.report.html`), r.report[0]);
      await writeFile(join(out, `${t.name}.report.json`), r.report[1]);
      const m = misses(s);
      results[t.name] = {
        url: t.path,
        ...s,
        seconds: Math.round((Date.now() - started) / 1000),
        attempts,
        misses: m,
        ...(gap ? { knownGap: gap } : {}),
      };
      if (m.length > 0 && !gap) failed++;
      console.log(
        `${t.name.padEnd(16)} perf ${String(s.performance).padStart(3)}  a11y ${String(s.accessibility).padStart(3)}  bp ${String(s['best-practices']).padStart(3)}  TBT ${String(s.tbt).padStart(4)} ms  CLS ${s.cls}  LCP ${s.lcp} ms  (${attempts.length} essai(s) ; ${s.clock === 'cpu' ? `BI ${s.benchmarkIndex}, CPU à ${Math.round(s.cpuSpeed * 100)} %, ×${s.cpuSlowdownMultiplier} sur le temps CPU (${Math.round(s.cpuShare * 100)} % du temps réel)` : `BI ${s.benchmarkIndex}, ×${s.cpuSlowdownMultiplier} sur le temps réel`})${m.length ? `  ✗ ${m.join(', ')}` : '  ✓'}`,
      );
      if (gap)
        console.log(
          m.length
            ? `${' '.repeat(16)} lacune connue, non bloquante : ${gap}`
            : `${' '.repeat(16)} au niveau cette fois : s'il l'est à chaque passage, retirez « ${t.name} » de KNOWN_GAPS (tools/quality/bin/lighthouse.mjs) pour l'exiger`,
        );
    }
  } finally {
    await chrome.kill();
    await server.close();
  }
  const file = join(
    out,
    fixtureMode ? 'fixture-summary.json' : siteDist ? 'site-summary.json' : 'summary.json',
  );
  // A run of some prototypes only updates their lines of the summary.
  const previous =
    only.length && existsSync(file) ? JSON.parse(await readFile(file, 'utf8')).results : {};
  await writeFile(
    file,
    JSON.stringify(
      {
        date: new Date().toISOString(),
        thresholds: THRESHOLDS,
        results: { ...previous, ...results },
      },
      null,
      2,
    ) + '\n',
  );
  if (fixtureMode) {
    const caught = failed === targets.length;
    console.log(
      caught
        ? 'lighthouse: la page cassée est bien refusée'
        : 'lighthouse: la page cassée passe — la porte ne sert à rien',
    );
    process.exit(caught ? 0 : 1);
  }
  console.log(
    `lighthouse: ${targets.length - failed}/${targets.length} pages au niveau ou lacunes connues (rapports dans reports/lighthouse/)`,
  );
  process.exit(failed > 0 ? 1 : 0);
}

main().catch((e) => {
  console.error(`lighthouse: ${e instanceof Error ? e.message : e}`);
  process.exit(1);
});
